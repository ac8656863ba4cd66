/*
 * agreements.c - documents named as signed, planned, ratified or negotiated:
 * type, title with its head in the nominative, status from the verb and its
 * tense, parties, signatories and period; repeated mentions merged.
 */
#include "internal.h"
#include "agreements.h"
#include "morph.h"

#include <stdlib.h>
#include <string.h>

/* the prepositions that open a title's tail (о сотрудничестве, по вопросам) */
#define TITLE_PREPS (GR_P_O | GR_P_PO | GR_P_MEZHDU)
/* ... and those that open one only before a field or a number (в области) */
#define TITLE_PREPS_IF (GR_P_V | GR_P_NA)
/* pronouns, not what a document is about: этот договор, о том, что; наши соглашения */
#define PRONOUNS (GR_DEMO_ADJ | GR_DEF_ADJ | GR_POSS_ADJ | GR_PRON_OBL)
/* after a comma in a title's tail, a new clause begins: , который; , а; , в */
#define TITLE_STOPS (GR_WHICH | GR_THAT | GR_BUT | GR_ALSO | GR_P_KROME | GR_P_V)

static const char *const DOC_TYPE_NAMES[DT_COUNT] = {
	"declaration", "joint_statement", "memorandum", "agreement", "treaty", "protocol",
	"programme", "roadmap", "plan", "convention", "contract", "charter", "other"
};
static const char *const STATUS_NAMES[ST_COUNT] = {
	"other", "negotiated", "planned", "signed", "ratified"
};

dx_doc_type
dx_doc_type_of(const char *code)
{
	int			i;

	for (i = 0; code && i < DT_COUNT; i++)
		if (strcmp(code, DOC_TYPE_NAMES[i]) == 0)
			return (dx_doc_type) i;
	return DT_OTHER;
}

const char *
dx_doc_type_name(dx_doc_type type)
{
	return (unsigned) type < DT_COUNT ? DOC_TYPE_NAMES[type] : "other";
}

const char *
dx_ag_status_name(dx_ag_status status)
{
	return (unsigned) status < ST_COUNT ? STATUS_NAMES[status] : "other";
}

/*
 * A document mention while the pass works on it: the result's fields (its
 * doc_type and status names are set only when the result is built) with the
 * codes and what the title says, for merging.
 */
typedef struct ag_mention
{
	dx_agreement g;
	dx_doc_type type;
	dx_ag_status status;
	uint8_t		flags;			/* AG_* */
} ag_mention;

/* adjectives that do not say what a document is about: новое, это, упомянутое */
static int
qualifying_adjective(const dx_doc *d, int tok)
{
	/*
	 * Pronouns are whole forms: as prefixes "та", "так" or "эт" would also
	 * take таможенное, тактическое, этническое.  Adverbs of time in an
	 * adjective's ending ("Вечером договор был подписан") are weak_adj.
	 */
	const dx_tok *t = &d->text.toks[tok];

	if ((dx_tok_gram(d, tok) & PRONOUNS) || dx_tok_has_cue(d, tok, CUE_WEAK_ADJ))
		return 0;
	/*
	 * A participle tells what was done with a document, not what it is
	 * about: "без согласованного соглашения", "обсуждаемый договор".
	 */
	return !(dx_morph_first_gram(d->lex, d->text.src + t->b0, (size_t) (t->b1 - t->b0)) & DX_G(PRTF));
}

/* the first word of a title tail: a preposition, or a noun in the genitive */
static int
tail_start_ok(const dx_doc *d, int j)
{
	const dx_tok *t = &d->text.toks[j];
	const dx_tok *next = j + 1 < d->text.ntoks ? &d->text.toks[j + 1] : NULL;

	if (t->type == TK_QUOTE && t->qkind != QK_CLOSE)
		return 1;
	/* Белфастское соглашение 1998 года */
	if (t->type == TK_NUM && t->b1 - t->b0 == 4 && next && dx_tok_has_cue(d, j + 1, CUE_YEAR_WORD))
		return 1;
	/* новое торговое соглашение с Великобританией */
	if ((dx_tok_gram(d, j) & GR_P_S) && next &&
		(dx_span_kind_at(d, j + 1) == LK_COUNTRY || dx_span_kind_at(d, j + 1) == LK_ORG))
		return 1;
	if (t->type != TK_WORD || (t->flags & TF_CAP) || dx_verb_form(t))
		return 0;
	if (dx_tok_gram(d, j) & TITLE_PREPS)
		return 1;
	/* соглашение двух стран, договор обеих сторон: the pair in the genitive */
	if ((dx_tok_gram(d, j) & GR_PAIR) && next && dx_tok_has_cue(d, j + 1, CUE_PARTY_NOUN))
		return 1;
	/* "в области", "в сфере"; "на" before a period: на 2022-2026 годы */
	if (dx_tok_gram(d, j) & TITLE_PREPS_IF)
		return next && (dx_tok_has_cue(d, j + 1, CUE_FIELD_NOUN) || next->type == TK_NUM);
	if (t->nchars < 5)
		return 0;
	/* торгово-экономического, стратегического: an adjective before a genitive noun */
	if (next && next->type == TK_HYPHEN && dx_compound_first_part(t->low))
		return 1;
	if (dx_may_be_genitive(t->low))
		return 1;
	/* genitive plurals without an ending: государств – членов ОДКБ, стран СНГ */
	return dx_tok_has_cue(d, j, CUE_ZERO_GEN_PLURAL);
}

/* an oblique plural of a document noun: соглашений, договоров, контрактами, протоколах */
static int
plural_form(const dx_tok *t)
{
	return t->type == TK_WORD && dx_oblique_plural(t->low);
}

/*
 * a title tail that names the other side and nothing else: "с ЕС", "с
 * Молдавией и Грузией"; not when a preposition of a title goes on to say
 * what about ("с ЕС по Brexit", "с Китаем о ДЕПО")
 */
static int
partner_only(const dx_doc *d, int tail0, int tail1)
{
	int			j;

	if (!(dx_tok_gram(d, tail0) & GR_P_S))
		return 0;
	for (j = tail0 + 1; j < tail1; j++)
	{
		const dx_tok *t = &d->text.toks[j];

		if ((dx_tok_gram(d, j) & TITLE_PREPS) && j + 1 < tail1)
			return 0;
		/* names, "и", "или", "др." */
		if (d->tokspan[j] >= 0 || t->type != TK_WORD || (t->flags & TF_CAP) || t->nchars <= 3)
			continue;
		return 0;
	}
	return 1;
}

/*
 * "соглашение об ассоциации и дальнейшей судьбы консультаций": what a
 * document is about ("о/об ...") goes on after "и" only in the same
 * prepositional case; a noun in another case (судьбы, судьбу, вопросов)
 * belongs to the sentence again.  Returns the end of the title tail.
 */
static int
about_ends(const dx_doc *d, int tail0, int tail1)
{
	int			j,
				k;

	if (tail1 <= tail0 || !(dx_tok_gram(d, tail0) & GR_P_O))
		return tail1;
	for (j = tail0 + 2; j < tail1; j++)
	{
		const dx_tok *t = &d->text.toks[j];

		/*
		 * only a conjunct of the object of "о" itself: "о сотрудничестве в
		 * области образования и науки", "о развитии туризма и спорта" go on
		 */
		if (t->type == TK_WORD && !(t->flags & TF_CAP) && t->nchars <= 3 &&
			!(dx_tok_gram(d, j) & GR_AND))
			return tail1;
		if (!(dx_tok_gram(d, j) & GR_AND) || !dx_may_be_prepositional(d->text.toks[j - 1].low))
			continue;
		/* the head noun of the conjunct: past its adjectives */
		for (k = j + 1; k < tail1 && k <= j + 3 &&
			 (dx_adjective_form(&d->text.toks[k]) || dx_soft_adjective_oblique(d->text.toks[k].low)); k++)
			;
		if (k < tail1 && d->text.toks[k].type == TK_WORD && !(d->text.toks[k].flags & TF_CAP) &&
			!dx_may_be_prepositional(d->text.toks[k].low))
			return j;
	}
	return tail1;
}

/*
 * "сроком на пять лет", "на срок 10 лет", "на 25 лет" after a title: the
 * number of years, or 0.
 */
static int
term_years(const dx_doc *d, int j, int t_end)
{
	int			n = 0,
				k;

	if (j < t_end && dx_tok_has_cue(d, j, CUE_TERM))
		j++;
	if (!(j < t_end && (dx_tok_gram(d, j) & TITLE_PREPS_IF)))
		return 0;
	j++;
	if (j < t_end && dx_tok_has_cue(d, j, CUE_TERM))
		j++;
	if (j >= t_end)
		return 0;
	if (d->text.toks[j].type == TK_NUM && d->text.toks[j].nchars <= 2)
		n = atoi(d->text.toks[j].low);
	else
		n = dx_small_numeral(d->text.toks[j].low);
	/* "двадцать пять" */
	if (n == 20 && j + 1 < t_end && (k = dx_small_numeral(d->text.toks[j + 1].low)) > 0 && k <= 10)
	{
		n += k;
		j++;
	}
	if (n == 0 || j + 1 >= t_end || !dx_tok_has_cue(d, j + 1, CUE_YEAR_WORD))
		return 0;
	return n;
}

static int
title_stops_at(const dx_doc *d, int j, int t_end)
{
	const dx_tok *t = &d->text.toks[j];

	if (j >= t_end)
		return 1;
	/* "сроком на пять лет": the term is no part of the title */
	if (dx_tok_has_cue(d, j, CUE_TERM) ||
		((dx_tok_gram(d, j) & TITLE_PREPS_IF) && j + 1 < t_end && dx_tok_has_cue(d, j + 1, CUE_TERM)))
		return 1;
	if (t->type == TK_PUNCT)
	{
		if (t->low[0] == ',')
		{
			/* a comma goes on only inside a list of lower-case genitives */
			const dx_tok *n = j + 1 < t_end ? &d->text.toks[j + 1] : NULL;

			if (n == NULL || n->type != TK_WORD || (n->flags & TF_CAP) || dx_verb_code(d, j + 1) ||
				(dx_tok_gram(d, j + 1) & TITLE_STOPS) || dx_span_kind_at(d, j + 1) == LK_DOC ||
				dx_verb_form(n))
				return 1;
			/* "в области образования, науки и культуры": a list of genitives */
			return !dx_may_be_genitive_conjunct(n->low);
		}
		return 1;
	}
	if (t->type == TK_DASH)
	{
		/* "государств – участников СНГ": a dash between two nouns goes on */
		const dx_tok *p = j > 0 ? &d->text.toks[j - 1] : NULL;
		const dx_tok *n = j + 1 < t_end ? &d->text.toks[j + 1] : NULL;

		return !(p && n && p->type == TK_WORD && n->type == TK_WORD && !(p->flags & TF_CAP) &&
				 !(n->flags & TF_CAP) && !dx_verb_form(n) && !dx_verb_code(d, j + 1) && n->nchars > 3);
	}
	if (t->type == TK_QUOTE)
		return t->qkind == QK_CLOSE || !(j + 1 < t_end && (d->text.toks[j + 1].flags & TF_CAP));
	if (dx_verb_form(t) || (dx_tok_gram(d, j) & GR_AUX))
		return 1;
	if (dx_verb_code(d, j) && t->type == TK_WORD && !(t->flags & TF_CAP))
	{
		const char *c = dx_verb_code(d, j);

		/* nouns such as "подписании" carry verb codes too: stop at verb forms only */
		if (!dx_verbal_noun_ending(t->low) && strcmp(c, "negotiate") != 0)
			return 1;
	}
	if (dx_span_kind_at(d, j) == LK_DOC && d->spans[d->tokspan[j]].t0 == j)
		return 1;
	if (t->type == TK_WORD && (dx_tok_gram(d, j) & GR_AND) && j + 1 < t_end &&
		(dx_span_kind_at(d, j + 1) == LK_DOC ||
		 (j + 2 < t_end && dx_span_kind_at(d, j + 2) == LK_DOC)))
		return 1;
	/* "... периоде и ключевые тезисы": a new subject in the nominative ends the title */
	if (t->type == TK_WORD && (dx_tok_gram(d, j) & GR_AND) && j + 1 < t_end &&
		dx_plural_adjective_nominative(d->text.toks[j + 1].low) &&
		d->text.toks[j + 1].nchars > 4)
		return 1;
	if (dx_span_kind_at(d, j) == LK_OFFICE || d->tokperson[j] >= 0)
	{
		/* "подписали ... президенты" */
		if (j > 0 && !(dx_tok_gram(d, j - 1) & GR_P_MEZHDU))
			return 1;
	}
	if (dx_span_kind_at(d, j) == LK_EVENT)
		return 1;
	return 0;
}

/* the head: adjectives before the document word, put in the nominative */
static const char *
title_head(dx_doc *d, const dx_span *s, int h0)
{
	const lex_entry *e = dx_entry(d, s->entry);
	int			gender = dx_noun_gender(d->lex->words[e->w0 + e->nw - 1].low);
	dx_buf		b;
	int			i;
	char		pl[128];
	int			head = 0,		/* the head noun: the term's first word that is no adjective */
				plural;

	while (s->t0 + head < s->t1 - 1 && dx_adjective_form(&d->text.toks[s->t0 + head]))
		head++;
	/* "по будущим таможенным соглашениям": a head in the plural stays plural */
	plural = dx_plural_noun(d->lex, d->text.toks[s->t0 + head].low);
	if (plural)
		gender = DX_PLUR;

	dx_buf_init(&b, d->a);
	for (i = h0; i < s->t0; i++)
	{
		char	   *surf = dx_tokens_text(d, i, i + 1);
		char	   *nom = i + 1 < s->t0 && d->text.toks[i + 1].type == TK_HYPHEN ? NULL :
			dx_adjective_nominative(d->a, surf, gender);

		if (d->text.toks[i].type == TK_HYPHEN)
		{
			dx_buf_addc(&b, '-');
			continue;
		}
		if (b.len && d->text.toks[i].flags & TF_SPACE)
			dx_buf_addc(&b, ' ');
		dx_buf_adds(&b, nom ? nom : surf);
	}
	/* the document words: the lexicon's nominative, with the text's joins */
	for (i = 0; i < e->nw; i++)
	{
		const char *w = d->lex->words[e->w0 + i].low;

		if (d->lex->words[e->w0 + i].type == TK_HYPHEN)
		{
			dx_buf_addc(&b, '-');
			continue;
		}
		if (b.len && !(i > 0 && d->lex->words[e->w0 + i - 1].type == TK_HYPHEN))
			dx_buf_addc(&b, ' ');
		if (plural && i <= head && dx_nominative_plural(d->lex, w, pl, sizeof(pl)) > 0)
			w = pl;
		dx_buf_adds(&b, w);
	}
	return dx_capitalize(d->a, dx_buf_str(&b));
}

/*
 * Future cues, or modal words that make a signing a plan (dx_future_cue,
 * cue classes future and modal)
 */
static int
future_or_modal(const dx_doc *d, int tok)
{
	return dx_future_cue(d, tok) || dx_tok_has_cue(d, tok, CUE_MODAL);
}

/* status of a document mention at token tok, from the cues of its clause */
/* a noun made from a verb: подписании, заключение */
static int
verbal_noun(const dx_tok *t)
{
	return t->type == TK_WORD && dx_verbal_noun_ending(t->low);
}

/* будущее, новое соглашение: an adjective right before the document word */
static int
future_adjective(const dx_doc *d, int tok)
{
	int			j;

	for (j = tok - 1; j >= 0 && j >= tok - 2; j--)
		if (dx_tok_has_cue(d, j, CUE_FUTURE_ADJ))
			return 1;
	return 0;
}

/*
 * Words that speak of a document as in force, right before it: "выполнение
 * соглашения", "истекает действие договора", "есть Договор об ассоциации",
 * "выход из договора".  Such a document has been signed.
 */
static int
in_force(const dx_doc *d, int h0)
{
	int			j = h0 - 1,
				k;

	/* "есть глубокий Договор": adjectives between do not count */
	while (j >= 0 && j >= h0 - 3 && dx_adjective_form(&d->text.toks[j]) &&
		   !dx_tok_has_cue(d, j, CUE_IN_FORCE))
		j--;
	for (k = j; k >= 0 && k >= j - 2; k--)
	{
		const dx_tok *t = &d->text.toks[k];

		if (t->type != TK_WORD || t->sent != d->text.toks[h0].sent)
			break;
		/* also "есть договор", "выход из договора" */
		if (dx_tok_has_cue(d, k, CUE_IN_FORCE))
			return 1;
	}
	return 0;
}

/*
 * A verbal noun (заключение, подписание) that something is wanted for, not
 * done: "ускорить заключение", "о необходимости заключения", "намерение
 * подписать", "готовность к подписанию".
 */
static int
intended(const dx_doc *d, int noun)
{
	int			j;

	for (j = noun - 1; j >= 0 && j >= noun - 3; j--)
	{
		const dx_tok *t = &d->text.toks[j];

		if (t->type != TK_WORD || t->sent != d->text.toks[noun].sent)
			break;
		if (dx_tok_has_cue(d, j, CUE_WANT) || future_or_modal(d, j) ||
			(dx_verb_form(t) && dx_infinitive(t)))
			return 1;
	}
	return 0;
}

/* "состоялось подписание", "прошла церемония": the sentence tells of a past act */
static int
took_place(const dx_doc *d, int s0, int s1)
{
	int			j;

	for (j = s0; j < s1; j++)
		if (dx_tok_has_cue(d, j, CUE_TOOK_PLACE))
			return 1;
	return 0;
}

/* the quotation depth after quotation mark q at depth n: « opens, » closes, " toggles */
static int
quote_step(const dx_tok *q, int n)
{
	if (q->qkind == QK_OPEN)
		return n + 1;
	if (q->qkind == QK_CLOSE)
		return n > 0 ? n - 1 : 0;
	return n > 0 ? n - 1 : n + 1;
}

/* the quotation depth at token tok, counted from s0 */
static int
quote_depth(const dx_doc *d, int s0, int tok)
{
	int			j,
				n = 0;

	for (j = s0; j < tok; j++)
		if (d->text.toks[j].type == TK_QUOTE)
			n = quote_step(&d->text.toks[j], n);
	return n;
}

static dx_ag_status
doc_status(dx_doc *d, int tok, int h0, int *verb_tok)
{
	int			s0 = dx_sentence_start(d, tok),
				s1 = dx_sentence_end(d, tok);
	int			j,
				best = -1,
				bestdist = 1 << 30;
	const char *code = NULL;

	int			quoted = 0,
				tok_quoted = quote_depth(d, s0, tok) > 0;

	*verb_tok = -1;
	for (j = s0; j < s1; j++)
	{
		const char *c = dx_verb_code(d, j);
		int			dist;

		if (d->text.toks[j].type == TK_QUOTE)
			quoted = quote_step(&d->text.toks[j], quoted);
		/* a verb inside quoted words says nothing of a document outside them */
		if ((quoted > 0) != tok_quoted)
			continue;
		if (c == NULL || strcmp(c, "speech") == 0 || strcmp(c, "visit") == 0 ||
			strcmp(c, "meet") == 0 || strcmp(c, "call") == 0)
			continue;
		dist = abs(j - tok) + (j > tok ? 2 : 0);
		/* a verbal noun (о заключении, подписание) weighs less than a verb */
		if (verbal_noun(&d->text.toks[j]) && strcmp(c, "negotiate") != 0)
			dist += 20;
		if (dist < bestdist)
		{
			best = j;
			bestdist = dist;
			code = c;
		}
	}
	if (in_force(d, h0) && (best < 0 || abs(best - tok) > 2))
		return ST_SIGNED;
	if (best < 0)
	{
		/* no verb: "проект соглашения" is under negotiation */
		if (tok > 0 && dx_tok_has_cue(d, tok - 1, CUE_DRAFT))
			return ST_NEGOTIATED;
		if (future_adjective(d, tok))
			return ST_PLANNED;
		return ST_OTHER;
	}
	/* "будущее торговое соглашение" is a plan unless a verb next to it says more */
	if (future_adjective(d, tok) && abs(best - tok) > 3)
		return ST_PLANNED;
	if (verbal_noun(&d->text.toks[best]) && strcmp(code, "negotiate") != 0)
	{
		/* "о заключении договора": spoken of, not done */
		if (best > 0 && (dx_tok_gram(d, best - 1) & GR_P_O))
			return ST_PLANNED;
		if (intended(d, best))
			return ST_PLANNED;
		/* "подписание нового соглашения" is a plan unless it took place */
		if (future_adjective(d, tok) && !took_place(d, s0, s1))
			return ST_PLANNED;
	}
	*verb_tok = best;
	{
		const char *w = d->text.toks[best].low;
		int			k;
		int			lo = best - 4 < s0 ? s0 : best - 4;
		int			modal = 0;

		for (k = lo; k < best; k++)
			if (future_or_modal(d, k))
				modal = 1;
		if (strcmp(code, "plan") == 0)
			return ST_PLANNED;
		if (strcmp(code, "ratify") == 0)
			return modal ? ST_PLANNED : ST_RATIFIED;
		if (strcmp(code, "negotiate") == 0)
			return ST_NEGOTIATED;
		/*
		 * sign or adopt, negated: "не подписали" tells of none; "не
		 * подпишет", "не будет подписывать" of one still on the table
		 */
		if (best > 0 && (dx_tok_gram(d, best - 1) & GR_NOT))
			return dx_verb_tense(d->lex, w) == DX_TENSE_NONPAST ? ST_NEGOTIATED : ST_OTHER;
		if (best > 1 && (dx_tok_gram(d, best - 2) & GR_NOT) &&
			(future_or_modal(d, best - 1) || (dx_tok_gram(d, best - 1) & GR_AUX)))
			return ST_NEGOTIATED;
		/* an infinitive or a present or future form, or a modal before: still a plan */
		if (modal || dx_verb_tense(d->lex, w) == DX_TENSE_NONPAST)
			return ST_PLANNED;
		return ST_SIGNED;		/* по итогам ... в подписании */
	}
}

/* "между нашими странами", "двусторонний", "стороны подпишут": the story's two sides */
static int
refers_to_both_sides(const dx_doc *d, int t0, int t1)
{
	int			j;

	for (j = t0 - 3 < 0 ? 0 : t0 - 3; j < t1; j++)
	{
		if (dx_tok_has_cue(d, j, CUE_BOTH_SIDES))
			return 1;
		/* "между министерствами", "между правительствами": both sides, unnamed */
		if ((dx_tok_gram(d, j) & GR_P_MEZHDU) && j + 1 < t1 && d->text.toks[j + 1].type == TK_WORD &&
			!(d->text.toks[j + 1].flags & TF_CAP))
			return 1;
	}
	return 0;
}

/* "две страны остаются без мирного договора", "обе стороны": the clause's subject is the pair */
static int
two_states_in(const dx_doc *d, int s0, int s1)
{
	int			j;

	for (j = s0; j + 1 < s1; j++)
		if ((dx_tok_gram(d, j) & GR_PAIR) && dx_tok_has_cue(d, j + 1, CUE_PARTY_NOUN))
			return 1;
	return 0;
}

/*
 * An organ of an international body (Европейская комиссия, Европейский
 * парламент, Генеральная Ассамблея ООН) acts for it but is no party to its
 * treaties; the body itself (Европейский союз, Совет Европы) is.  A word of
 * its name says so.
 */
static int
institution(dx_doc *d, const char *canonical)
{
	int			n;
	char	   *low = dx_normalize(d->a, canonical, strlen(canonical), &n);
	char	   *w;

	for (w = low; w && *w;)
	{
		char	   *e = strchr(w, ' ');
		int			organ;

		if (e)
			*e = '\0';
		organ = *w && dx_str_has_cue(d->lex, w, CUE_ORGAN);
		if (e)
			*e = ' ';
		if (organ)
			return 1;
		w = e ? e + 1 : NULL;
	}
	return 0;
}

static void
add_party(dx_doc *d, dx_agreement *g, int *cap, const char *p)
{
	dx_add_str(d, &g->parties, &g->nparties, cap, p);
}

/* a preposition by the dictionary (в, из, через, до), but not one that names a side (с, между, у) */
static int
other_preposition(const dx_doc *d, int tok)
{
	const dx_tok *t = &d->text.toks[tok];
	dx_ocparse	p[4];
	int			n,
				i;

	if (t->type != TK_WORD || (dx_tok_gram(d, tok) & (GR_P_S | GR_P_MEZHDU | GR_P_U)))
		return 0;
	n = dx_morph_analyse(d->lex, t->low, strlen(t->low), p, 4);
	for (i = 0; i < n; i++)
		if (!p[i].predicted && (p[i].gram & DX_G(PREP)))
			return 1;
	return 0;
}

/*
 * A state merely present in the sentence is no party: one named after a
 * preposition that does not join a side ("в Испании", "через Кубу", "до
 * Эквадора"; in a list "в Калифорнии и Нью-Йорке" the first word's), or
 * only by an adjective outside the title ("американском отделении"), but
 * for the adjective of a side ("украинская сторона").
 */
static int
merely_present(const dx_doc *d, const dx_ment *m)
{
	int			j = m->t0 - 1,
				hops;

	if (m->form == DX_FORM_ADJECTIVE)
		return !(m->t1 < d->text.ntoks && dx_tok_has_cue(d, m->t1, CUE_PARTY_NOUN));
	for (hops = 0; hops < 4 && j > 0; hops++)
	{
		const dx_tok *t = &d->text.toks[j];

		/* "в Калифорнии и Нью-Йорке": back over the list to its first name */
		if (((dx_tok_gram(d, j) & GR_AND) || (t->type == TK_PUNCT && t->low[0] == ',')) &&
			d->tokspan[j - 1] >= 0)
		{
			j = d->spans[d->tokspan[j - 1]].t0 - 1;
			continue;
		}
		break;
	}
	return j >= 0 && other_preposition(d, j);
}

/* states (and organisations) of tokens [t0, t1); present: only those that may be sides */
static void
parties_in(dx_doc *d, int t0, int t1, dx_agreement *g, int *cap, int sides_only)
{
	DX_FOR_MENTIONS(d, t0, t1, i)
	{
		const dx_ment *m = &d->ments[i];

		if (m->t0 < t0 || m->t1 > t1 || m->entity < 0)
			continue;
		if (sides_only && merely_present(d, m))
			continue;
		if (m->kind == DX_COUNTRY && d->ents[m->entity].code)
			add_party(d, g, cap, d->ents[m->entity].code);
		else if (dx_ment_referent(d, m) == DX_ORGANIZATION && d->ents[m->entity].country == NULL &&
				 d->ents[m->entity].canonical != NULL && !institution(d, d->ents[m->entity].canonical))
			add_party(d, g, cap, d->ents[m->entity].canonical);	/* an international body */
	}
}

/* signatories: persons of the clause, or the holders of a plural office */
static void
signatories(dx_doc *d, int tok, int verb, dx_agreement *g)
{
	int			s0 = dx_sentence_start(d, tok),
				s1 = dx_sentence_end(d, tok);
	int			cap = 0,
				k,
				x,
				nids,
				ids[DX_IX_SCAN];

	DX_FOR_MENTIONS(d, s0, s1, mi)
	{
		const dx_ment *m = &d->ments[mi];

		if (m->kind != DX_PERSON || m->entity < 0 || m->t0 < s0 || m->t1 > s1)
			continue;
		dx_add_str(d, &g->signatories, &g->nsignatories, &cap, d->ents[m->entity].name);
	}
	if (g->nsignatories)
		return;
	for (k = s0; k < s1; k++)
	{
		const dx_span *s = d->tokspan[k] >= 0 ? &d->spans[d->tokspan[k]] : NULL;
		const lex_entry *oe;

		if (s == NULL || s->t0 != k || s->kind != LK_OFFICE || s->t1 > s1)
			continue;
		if (verb >= 0 && abs(s->t0 - verb) > 6)
			continue;
		oe = dx_entry(d, s->entry);
		if (oe->code == NULL)
			continue;
		/* the persons of that office (dx_find_agreements indexed them) */
		nids = dx_ix_sorted(d, DX_IX_ROLE, oe->code, strlen(oe->code), ids, DX_IX_SCAN);
		for (x = 0; x < nids; x++)
		{
			const dx_ent *e = &d->ents[ids[x]];

			if (e->kind == DX_PERSON && e->role_class && oe->code &&
				strcmp(e->role_class, oe->code) == 0 &&
				(g->nparties == 0 || (e->country && dx_strs_has(g->parties, g->nparties, e->country))))
				dx_add_str(d, &g->signatories, &g->nsignatories, &cap, e->name);
		}
	}
}

/*
 * "Путин также подпишет", "Мэй намерена заключить с ЕС соглашение": the
 * person who is to sign is the subject of the verb, a few words before it
 * (modal words and adverbs between).  A verbal noun ("ускорить заключение")
 * names no signatory.
 */
static void
intended_signatory(dx_doc *d, int verb, dx_agreement *g)
{
	const dx_tok *v = &d->text.toks[verb];
	const char *c = dx_verb_code(d, verb);
	int			j,
				cap = g->nsignatories;

	if (c == NULL || strcmp(c, "sign") != 0 || verbal_noun(v))
		return;
	for (j = verb - 1; j >= 0 && j >= verb - 4; j--)
	{
		const dx_tok *t = &d->text.toks[j];

		if (t->sent != v->sent || t->type != TK_WORD)
			return;
		if (d->tokperson[j] >= 0)
		{
			dx_add_str(d, &g->signatories, &g->nsignatories, &cap, d->ents[d->tokperson[j]].name);
			return;
		}
		if (t->flags & TF_CAP)
			return;
	}
}

/* up to 64 words of s cut to their first five letters (lenient to endings) */
static int
stem5_words(const char *s, char w[64][16])
{
	int			n = 0;

	while (*s && n < 64)
	{
		int			k = 0,
					ch = 0;

		while (*s == ' ')
			s++;
		if (!*s)
			break;
		while (*s && *s != ' ')
		{
			if (ch < 5 && k < 14)
			{
				w[n][k++] = *s;
				if (((unsigned char) s[1] & 0xC0) != 0x80)
					ch++;
			}
			s++;
		}
		w[n++][k] = '\0';
	}
	return n;
}

/*
 * how alike two titles of one type are: Dice over five-letter word stems,
 * in percent, the shared head noun left out
 */
static int
stem5_overlap(const char *a, const char *b)
{
	char		wa[64][16],
				wb[64][16];
	int			na = stem5_words(a, wa),
				nb = stem5_words(b, wb),
				i,
				j,
				common = 0;

	for (i = 0; i < na; i++)
		for (j = 0; j < nb; j++)
			if (strcmp(wa[i], wb[j]) == 0)
			{
				common++;
				wb[j][0] = '\x01';
				break;
			}
	/*
	 * Two documents of one type share their head noun (соглашение): only
	 * the words beside it tell whether they are the same one.
	 */
	if (na <= 1 || nb <= 1 || common == 0)
		return 0;
	return (200 * (common - 1)) / (na + nb - 2);
}

/* the same states and bodies on both */
static int
same_parties(const dx_agreement *a, const dx_agreement *c)
{
	int			x;

	if (a->nparties != c->nparties || a->nparties == 0)
		return 0;
	for (x = 0; x < a->nparties; x++)
		if (!dx_strs_has(c->parties, c->nparties, a->parties[x]))
			return 0;
	return 1;
}

/*
 * The words of a title that say what the document is about, normalised:
 * names of the parties (capitalised words after the first), "между" and
 * words of one or two letters left out, so that two documents between the
 * same states ("соглашение о ... между Россией и Китаем") do not look alike.
 */
/* the word [w0, w1) of a title is "между" */
static int
between(dx_doc *d, const char *w0, const char *w1)
{
	int			n;
	const char *low = dx_normalize(d->a, w0, w1 - w0, &n);

	return low && (dx_gram_word(low) & GR_P_MEZHDU);
}

static const char *
content_words(dx_doc *d, const char *title)
{
	dx_buf		b;
	const char *p = title;
	int			first = 1;

	dx_buf_init(&b, d->a);
	while (*p)
	{
		const char *w0,
				   *w1;
		int			nchars = 0;
		const unsigned char *u;

		while (*p == ' ')
			p++;
		if (!*p)
			break;
		w0 = p;
		while (*p && *p != ' ')
			p++;
		w1 = p;
		for (u = (const unsigned char *) w0; u < (const unsigned char *) w1; u++)
			if ((*u & 0xC0) != 0x80)
				nchars++;
		if (!first && dx_upper_at(w0))
			continue;
		first = 0;
		if (nchars <= 2 || between(d, w0, w1))
			continue;
		if (b.len)
			dx_buf_addc(&b, ' ');
		dx_buf_add(&b, w0, w1 - w0);
	}
	return dx_normalize(d->a, dx_buf_str(&b), b.len, NULL);
}

/* what a mention's title says, for merging: named only by adjectives, a new document */
#define AG_TAILLESS 1
#define AG_FRESH	2
#define AG_WEAK		4			/* "соглашение", "договор с Россией": no name */
#define AG_KEEP		8			/* weak, but the one signed document of its kind */
#define AG_ANNEX	16			/* a protocol with no verb, no name and no two sides of its own */

/*
 * A document named only generically ("Соглашение было подписано в пятницу",
 * "переговоры о заключении договора с Россией") is no agreement of its own,
 * but when the story names one document of that type it speaks of that one:
 * its status moves on (announced, then signed) and it may name the parties
 * or the signatories.  Generic mentions are dropped afterwards, but for the
 * one signed document of its type that names two parties or more.
 */
static int
weak_mentions(dx_doc *d, ag_mention *m, int *nm)
{
	int			i,
				n = 0;
	int			nweak[DT_COUNT] = {0},
				nstrong[DT_COUNT] = {0},
				last_strong[DT_COUNT] = {0};

	/* per type: how many weak and strong mentions, and the last strong one */
	for (i = 0; i < *nm; i++)
	{
		if (m[i].flags & AG_WEAK)
			nweak[m[i].type]++;
		else
		{
			nstrong[m[i].type]++;
			last_strong[m[i].type] = i;
		}
	}
	for (i = 0; i < *nm; i++)
	{
		ag_mention *w = &m[i],
				   *to;
		int			strong = nstrong[w->type],
					weak = nweak[w->type],
					x,
					cap;

		if (!(w->flags & AG_WEAK))
			continue;
		if (strong == 0 && weak == 1 && w->status == ST_SIGNED && w->g.nparties >= 2 &&
			strchr(w->g.title, ' ') != NULL)
		{
			/* "Египет и Иордания подписали меморандум о сотрудничестве": the one such document */
			w->flags |= AG_KEEP;
			continue;
		}
		if (strong != 1)
			continue;
		to = &m[last_strong[w->type]];
		if (w->status != ST_OTHER && w->status > to->status)
			to->status = w->status;
		cap = to->g.nparties;
		for (x = 0; x < w->g.nparties && to->g.nparties == 0; x++)
			dx_add_str(d, &to->g.parties, &to->g.nparties, &cap, w->g.parties[x]);
		cap = to->g.nsignatories;
		for (x = 0; x < w->g.nsignatories && to->g.nsignatories == 0; x++)
			dx_add_str(d, &to->g.signatories, &to->g.nsignatories, &cap, w->g.signatories[x]);
	}
	for (i = 0; i < *nm; i++)
		if (!(m[i].flags & AG_WEAK) || (m[i].flags & AG_KEEP))
			m[n++] = m[i];
	*nm = n;
	return 0;
}

/*
 * A protocol is most often a part of a treaty ("протокол к соглашению"; "в
 * текст включен протокол о ..."): one told with no verb, no name and no two
 * sides of its own, within two sentences after another document that has
 * them, is a part of that one and shares its parties and status.
 */
static void
annexes(dx_doc *d, ag_mention *m, int nm)
{
	int			i,
				k,
				x,
				cap;

	for (i = 0; i < nm; i++)
	{
		if (!(m[i].flags & AG_ANNEX))
			continue;
		for (k = i - 1; k >= 0 && m[i].g.sentence - m[k].g.sentence <= 2; k--)
			if (m[k].type != DT_PROTOCOL)
				break;
		if (k < 0 || m[i].g.sentence - m[k].g.sentence > 2 || m[k].status == ST_OTHER ||
			m[k].g.nparties < 2)
			continue;
		m[i].status = m[k].status;
		m[i].g.nparties = 0;
		cap = 0;
		m[i].g.parties = NULL;
		for (x = 0; x < m[k].g.nparties; x++)
			dx_add_str(d, &m[i].g.parties, &m[i].g.nparties, &cap, m[k].g.parties[x]);
	}
}

static void add_alias(dx_doc *d, dx_agreement *a, int *cap, const char *s);

/* the first four letters of the first word of a title, lower case, in buf */
static void
first_stem4(dx_doc *d, const char *title, char *buf, size_t len)
{
	int			n,
				ch = 0;
	const char *e = strchr(title, ' ');
	const char *low = dx_normalize(d->a, title, e ? (size_t) (e - title) : strlen(title), &n);
	size_t		k = 0;

	buf[0] = '\0';
	if (low == NULL)
		return;
	for (; low[k] && k + 1 < len; k++)
	{
		if (((unsigned char) low[k] & 0xC0) != 0x80 && ch++ == 4)
			break;
		buf[k] = low[k];
	}
	buf[k] = '\0';
}

/*
 * "мирный договор с Израилем ... мирное соглашение с Израилем": a treaty
 * and an agreement are one document when the later one, told in the same
 * or the next sentence, has the same first word (its adjective), no party
 * the first one has not, and says nothing past its adjective and noun that
 * the first one does not say.
 */
/*
 * Each later mention is held against at most SYN_LOOK_BACK mentions before
 * it (a news story names a handful of documents in two sentences), and the
 * merged ones are dropped in one pass at the end, so that a text naming
 * thousands of documents in one sentence costs linear time.
 */
#define SYN_LOOK_BACK 64

static void
merge_synonyms(dx_doc *d, ag_mention *m, int *nm)
{
	int			i,
				j,
				x,
				steps,
				out,
				n = *nm;
	char		a[32],
				b[32];
	char	   *gone;

	if (n < 2)
		return;
	gone = dx_alloc(d->a, (size_t) n);
	if (gone == NULL)
		return;
	for (j = 1; j < n && !DX_POLL(d, j); j++)
	{
		if (m[j].flags & AG_WEAK)
			continue;
		b[0] = '\0';			/* its stem, worked out at the first mention held against it */
		for (i = j - 1, steps = 0; i >= 0 && steps < SYN_LOOK_BACK &&
			 m[j].g.sentence - m[i].g.sentence <= 1; i--, steps++)
		{
			int			cap = m[i].g.naliases,
						sub = 1;
			const char *rest;

			if (gone[i] || (m[i].flags & AG_WEAK) || m[i].type == m[j].type ||
				(m[i].type != DT_TREATY && m[i].type != DT_AGREEMENT) ||
				(m[j].type != DT_TREATY && m[j].type != DT_AGREEMENT) ||
				m[j].g.sentence < m[i].g.sentence || m[j].g.nparties == 0)
				continue;
			for (x = 0; x < m[j].g.nparties; x++)
				if (!dx_strs_has(m[i].g.parties, m[i].g.nparties, m[j].g.parties[x]))
					sub = 0;
			if (!sub)
				continue;
			first_stem4(d, m[i].g.title, a, sizeof(a));
			if (b[0] == '\0')
				first_stem4(d, m[j].g.title, b, sizeof(b));
			if (strlen(a) < 4 || strcmp(a, b) != 0)
				continue;
			/* what the later one says past its adjective and noun, the first one says too */
			rest = strchr(m[j].g.title, ' ');
			rest = rest ? strchr(rest + 1, ' ') : NULL;
			if (rest && strstr(m[i].g.title, rest) == NULL)
				continue;
			add_alias(d, &m[i].g, &cap, m[j].g.title);
			if (m[j].status > m[i].status)
				m[i].status = m[j].status;
			gone[j] = 1;
			break;
		}
	}
	for (j = 0, out = 0; j < n; j++)
		if (!gone[j])
			m[out++] = m[j];
	*nm = out;
}

/* a title naming the body's members as its sides: государств – членов ОДКБ */
static int
names_members(const dx_doc *d, int t0, int t1)
{
	int			j;

	for (j = t0; j < t1; j++)
		if (dx_tok_has_cue(d, j, CUE_ZERO_GEN_PLURAL))
			return 1;
	return 0;
}

/*
 * Merging compares mentions of one type pairwise.  So that a story naming
 * thousands of documents costs linear time, each mention is held against
 * at most AG_MERGE_TARGETS mentions of its type (the first ones still
 * standing), and one agreement keeps at most AG_MAX_ALIASES other names.
 * A news story names far fewer documents of one type than that.
 */
#define AG_MERGE_TARGETS 32
#define AG_MAX_ALIASES	32

static void
add_alias(dx_doc *d, dx_agreement *a, int *cap, const char *s)
{
	if (a->naliases < AG_MAX_ALIASES)
		dx_add_str(d, &a->aliases, &a->naliases, cap, s);
}

/* one agreement per document: merge repeated mentions */
static int
merge_mentions(dx_doc *d, ag_mention *m, int *nm)
{
	int			n = *nm,
				i,
				j,
				k;
	int			live[DT_COUNT] = {0},	/* per type: strong, not merged */
				targets[DT_COUNT] = {0};
	uint8_t    *dead = dx_alloc(d->a, n + 1);
	const char **words = dx_alloc(d->a, sizeof(char *) * (n + 1));	/* content_words, cached */

	if (dead == NULL || words == NULL)
		return -1;
	for (i = 0; i < n; i++)
		if (!(m[i].flags & AG_WEAK))
			live[m[i].type]++;
	for (i = 0; i < n; i++)
	{
		if (dead[i] || (m[i].flags & AG_WEAK) || targets[m[i].type] >= AG_MERGE_TARGETS)
			continue;
		targets[m[i].type]++;
		for (j = i + 1; j < n; j++)
		{
			dx_agreement *a = &m[i].g,
					   *c = &m[j].g;
			int			la,
						lc,
						sim;
			int			cap_al,
						cap_p,
						cap_s,
						x;
			int			alone,
						signed_a,
						signed_c;

			if ((j & 1023) == 0 && d->opts->interrupt && d->opts->interrupt(d->opts->interrupt_arg))
				return -2;
			if (dead[j] || m[j].type != m[i].type || (m[j].flags & AG_WEAK))
				continue;
			/* no other strong mention of the type is left */
			alone = live[m[i].type] == 2;
			la = (int) strlen(a->title);
			lc = (int) strlen(c->title);
			if (words[i] == NULL)
				words[i] = content_words(d, a->title);
			if (words[j] == NULL)
				words[j] = content_words(d, c->title);
			if (words[i] == NULL || words[j] == NULL)
				return -1;
			sim = stem5_overlap(words[i], words[j]);
			signed_a = m[i].status >= ST_SIGNED;
			signed_c = m[j].status >= ST_SIGNED;
			/*
			 * A new document named after one in force is another one
			 * ("истекает действие договора о транзите ... новый транзитный
			 * договор"), however alike the names.
			 */
			if ((m[j].flags & AG_FRESH) && signed_a && !signed_c)
				continue;
			if (sim < 50)
			{
				/*
				 * Only two documents of a type, named differently: the same
				 * one when the status moves on, when the later one is named
				 * in passing right after, or when one is named by adjectives
				 * only ("взаимовыгодное соглашение") and binds the same
				 * parties.
				 */
				if (!alone)
					continue;
				if (!(sim >= 30 && m[i].status != m[j].status) &&
					!(m[j].status == ST_OTHER && c->sentence - a->sentence <= 1 &&
					  c->sentence > a->sentence) &&
					!(((m[i].flags | m[j].flags) & AG_TAILLESS) &&
					  same_parties(a, c) && !signed_a && !signed_c))
					continue;
			}
			/* keep the better-attested mention as the main one */
			if (m[j].status > m[i].status || (m[j].status == m[i].status && lc > la))
			{
				ag_mention	tmp = m[i];
				const char *wtmp = words[i];

				m[i] = m[j];
				m[j] = tmp;
				words[i] = words[j];
				words[j] = wtmp;
			}
			cap_al = a->naliases;
			cap_p = a->nparties;
			cap_s = a->nsignatories;
			if (strcmp(c->title, a->title) != 0)
				add_alias(d, a, &cap_al, c->title);
			for (x = 0; x < c->naliases; x++)
				if (strcmp(c->aliases[x], a->title) != 0)
					add_alias(d, a, &cap_al, c->aliases[x]);
			for (x = 0; x < c->nparties && a->nparties == 0; x++)
				dx_add_str(d, &a->parties, &a->nparties, &cap_p, c->parties[x]);
			for (x = 0; x < c->nsignatories && a->nsignatories == 0; x++)
				dx_add_str(d, &a->signatories, &a->nsignatories, &cap_s, c->signatories[x]);
			if (!a->valid_from && !a->valid_to)
			{
				a->valid_from = c->valid_from;
				a->valid_to = c->valid_to;
			}
			m[i].flags |= m[j].flags & AG_FRESH;
			m[i].flags &= m[j].flags | ~AG_TAILLESS;
			dead[j] = 1;
			live[m[i].type]--;
		}
	}
	for (i = 0, k = 0; i < n; i++)
		if (!dead[i])
			m[k++] = m[i];
	*nm = k;
	return d->a->failed ? -1 : 0;
}

/*
 * One document mention while it is read: the lexicon's span, the token
 * ranges of its title and what the steps below found.
 */
typedef struct ag_cand
{
	const dx_span *s;
	const lex_entry *e;
	int			t_end;			/* end of its sentence */
	int			h0;				/* first token of the title's head */
	int			named;			/* written with a capital inside the sentence */
	int			weak;			/* named only generically */
	int			tail0,
				tail1;			/* what the document is about: [tail0, tail1) */
	int			verb;			/* the verb its status is read at, -1 */
	int			pcap;			/* capacity of g.parties */
	int			title_parties;	/* parties the title itself names */
	int			subject;		/* 1: a party noun right after the title is its verb's subject */
	int			body;			/* a charter's body: the end of its name, or 0 */
	dx_agreement g;
	dx_ag_status st;
} ag_cand;

/* persons by their office, for the signatories */
static void
index_roles(dx_doc *d)
{
	int			k;

	for (k = 0; k < d->nents; k++)
		if (d->ents[k].kind == DX_PERSON && d->ents[k].role_class)
			dx_ix_add(d, DX_IX_ROLE, d->ents[k].role_class, strlen(d->ents[k].role_class), k);
}

/* the head of the title: adjectives written before the document word, or a capital */
static void
title_start(const dx_doc *d, ag_cand *c)
{
	const dx_span *s = c->s;
	const lex_entry *e = c->e;
	int			h0 = s->t0,
				j,
				head = 0;
	int			gender = dx_noun_gender(d->lex->words[e->w0 + e->nw - 1].low);
	int			sent = d->text.toks[s->t0].sent;
	int			plural;

	/*
	 * "российско-американских соглашений": the states' adjectives of a
	 * plural head agree in the plural (other adjectives of a plural, such as
	 * "международные договоры", name a kind of documents, no one document)
	 */
	while (s->t0 + head < s->t1 - 1 && dx_adjective_form(&d->text.toks[s->t0 + head]))
		head++;
	plural = dx_plural_noun(d->lex, d->text.toks[s->t0 + head].low);
	while (h0 > 0 && s->t0 - h0 < 3 && d->text.toks[h0 - 1].sent == sent &&
		   dx_adjective_form(&d->text.toks[h0 - 1]) &&
		   (dx_span_kind_at(d, h0 - 1) == LK_NONE || dx_span_kind_at(d, h0 - 1) == LK_COUNTRY_ADJ) &&
		   !dx_verb_code(d, h0 - 1) &&
		   (dx_adj_agrees(d->text.toks[h0 - 1].low, gender) ||
			(plural && dx_span_kind_at(d, h0 - 1) == LK_COUNTRY_ADJ &&
			 dx_adj_agrees(d->text.toks[h0 - 1].low, DX_PLUR))) &&
		   !(dx_tok_gram(d, h0 - 1) & PRONOUNS))
		h0--;
	/* the first parts of a compound adjective: российско-американское, торгово-экономическое */
	while (h0 < s->t0 && h0 >= 2 && d->text.toks[h0 - 1].type == TK_HYPHEN &&
		   d->text.toks[h0 - 2].type == TK_WORD && d->text.toks[h0 - 2].sent == sent &&
		   !(d->text.toks[h0 - 1].flags & TF_SPACE) && !(d->text.toks[h0].flags & TF_SPACE) &&
		   dx_compound_first_part(d->text.toks[h0 - 2].low))
		h0 -= 2;
	/*
	 * A name written with a capital inside a sentence starts there:
	 * "глубокий Договор об ассоциации" is the Договор об ассоциации.
	 */
	c->named = 0;
	for (j = h0; j < s->t1; j++)
		if ((d->text.toks[j].flags & TF_CAP) && !(d->text.toks[j].flags & TF_NL) && j > 0 &&
			d->text.toks[j - 1].sent == d->text.toks[j].sent &&
			d->text.toks[j - 1].type != TK_QUOTE)
		{
			if (!c->named && j <= s->t0)
				h0 = j;
			c->named = 1;
		}
	c->h0 = h0;
}

/* the end of a title tail read from tail0: a quoted title, or up to where it stops */
static int
tail_extent(const dx_doc *d, int tail0, int t_end)
{
	int			j = tail0;

	if (j < t_end && d->text.toks[j].type == TK_QUOTE && d->text.toks[j].qkind != QK_CLOSE)
	{
		/* a title in quotation marks */
		int			q = j + 1;

		while (q < t_end && !(d->text.toks[q].type == TK_QUOTE && d->text.toks[q].qkind != QK_OPEN))
			q++;
		return q < t_end ? q + 1 : j;
	}
	while (j < t_end && j - tail0 < 40 && !title_stops_at(d, j, t_end))
	{
		if (d->text.toks[j].type == TK_QUOTE)
		{
			/* a name in quotation marks inside the title: «Сила Сибири — 2» */
			int			q = j + 1;

			while (q < t_end && q < j + 10 && d->text.toks[q].type != TK_QUOTE)
				q++;
			if (q < t_end && q < j + 10 && d->text.toks[q].qkind != QK_OPEN)
			{
				j = q + 1;
				continue;
			}
			break;
		}
		j++;
	}
	return j;
}

/*
 * A charter with no tail followed by the name of an international body
 * (устав ФСЭГ, устав ООН) is that body's charter: the end of the body's
 * name, or 0.  The body is what the charter sets up, no party to it.
 */
static int
charter_body(const dx_doc *d, const ag_cand *c)
{
	int			j = c->s->t1;

	if (c->tail1 > c->tail0 || dx_doc_type_of(c->e->code) != DT_CHARTER || j >= c->t_end)
		return 0;
	DX_FOR_MENTIONS(d, j, c->t_end, i)
	{
		const dx_ment *m = &d->ments[i];

		if (m->t0 == j && m->kind == DX_ORGANIZATION && m->entity >= 0 &&
			d->ents[m->entity].country == NULL && d->ents[m->entity].canonical != NULL)
			return m->t1;
	}
	return 0;
}

/* the tail that says what the document is about: [c->tail0, c->tail1) */
static void
title_tail(const dx_doc *d, ag_cand *c)
{
	int			tail0 = c->s->t1,
				tail1 = about_ends(d, tail0, tail_extent(d, tail0, c->t_end));

	/* trailing prepositions and conjunctions do not end a title */
	while (tail1 > tail0 && d->text.toks[tail1 - 1].type == TK_WORD &&
		   d->text.toks[tail1 - 1].nchars <= 2 && !(d->text.toks[tail1 - 1].flags & TF_CAP))
		tail1--;
	if (tail1 > tail0 && (!tail_start_ok(d, tail0) ||
						  (tail1 - tail0 == 1 && d->text.toks[tail0].type == TK_WORD &&
						   d->text.toks[tail0].nchars <= 6 && !(d->text.toks[tail0].flags & TF_CAP) &&
						   tail_start_ok(d, tail0) && d->text.toks[tail0].nchars < 5)))
		tail1 = tail0;			/* a verb or a lone preposition follows: no title tail */
	/*
	 * "соглашения о Brexit стороны должны согласовать": a party noun right
	 * before the verb or auxiliary that ended the title is that verb's
	 * subject
	 */
	if (tail1 - tail0 >= 3 && tail1 < c->t_end && dx_tok_has_cue(d, tail1 - 1, CUE_PARTY_NOUN) &&
		(dx_verb_form(&d->text.toks[tail1]) || (dx_tok_gram(d, tail1) & GR_AUX)))
	{
		tail1--;
		c->subject = 1;
	}
	/* trailing punctuation */
	while (tail1 > tail0 && d->text.toks[tail1 - 1].type == TK_PUNCT)
		tail1--;
	if (tail1 - tail0 == 2 && d->text.toks[tail0].nchars <= 3 &&
		(dx_tok_gram(d, tail0 + 1) & PRONOUNS))
		tail1 = tail0;			/* "о том, что": no title */
	c->tail0 = tail0;
	c->tail1 = tail1;
	c->body = charter_body(d, c);
	if (c->body > 0)
	{
		/* "согласно уставу ФСЭГ": the charter of a named international body */
		c->tail1 = c->body;
		c->named = 1;
	}
}

/*
 * With no tail, or one that only names the other side ("договор с
 * Молдавией"), an adjective must say what the document is about (Мирный
 * договор, торговое соглашение с Великобританией); else the mention is weak.
 * 0 when the mention is of many documents and no agreement.
 */
static int
say_what_about(const dx_doc *d, ag_cand *c)
{
	int			q,
				ok = c->named;

	c->weak = 0;
	if (c->tail1 > c->tail0 && !partner_only(d, c->tail0, c->tail1))
		return 1;
	/*
	 * A bare document noun written with a capital ("проект Соглашения
	 * теперь будет направлен") refers back to the one named before.
	 */
	if (c->tail1 <= c->tail0 && c->h0 == c->s->t0 && c->s->t1 - c->s->t0 == 1)
		ok = 0;
	/* the lexicon's own adjectives count too: мирный договор */
	for (q = c->h0; q < c->s->t1 - 1; q++)
		if (d->text.toks[q].type == TK_WORD && dx_adjective_form(&d->text.toks[q]) &&
			qualifying_adjective(d, q))
			ok = 1;
	c->weak = !ok;				/* named only generically: see weak_mentions */
	/* "часть торговых соглашений с ЕС": many documents, not one */
	return !(c->weak && plural_form(&d->text.toks[c->s->t1 - 1]));
}

/* the title: the head in the nominative, then the tail as written */
static void
build_title(dx_doc *d, ag_cand *c)
{
	dx_buf		b;

	dx_buf_init(&b, d->a);
	dx_buf_adds(&b, title_head(d, c->s, c->h0));
	if (c->tail1 > c->tail0)
	{
		dx_buf_addc(&b, ' ');
		dx_buf_adds(&b, dx_tokens_text(d, c->tail0, c->tail1));
	}
	c->g.title = dx_strdup(d->a, dx_buf_str(&b));
}

/* the status, and the period the document covers */
static void
status_and_period(dx_doc *d, ag_cand *c)
{
	int			tail0 = c->tail0,
				tail1 = c->tail1,
				j;

	c->st = doc_status(d, c->s->t0, c->h0, &c->verb);
	/*
	 * "Белфастское соглашение 1998 года", "Договор 1987 года": named by
	 * the year it was concluded, so concluded
	 */
	if (c->st == ST_OTHER && tail1 - tail0 >= 2 && dx_year_of(&d->text.toks[tail0]) &&
		dx_tok_has_cue(d, tail0 + 1, CUE_YEAR_WORD) &&
		(d->published == 0 || atoi(d->text.toks[tail0].low) <= d->published / 10000))
		c->st = ST_SIGNED;
	/* period: на 2022-2026 годы, до 2030 года */
	for (j = tail0; j < tail1; j++)
	{
		if (dx_year_of(&d->text.toks[j]) && j + 2 < tail1 + 1 && j + 2 < d->text.ntoks &&
			(d->text.toks[j + 1].type == TK_HYPHEN || d->text.toks[j + 1].type == TK_DASH) &&
			dx_year_of(&d->text.toks[j + 2]))
		{
			c->g.valid_from = atoi(d->text.toks[j].low);
			c->g.valid_to = atoi(d->text.toks[j + 2].low);
			break;
		}
		if (dx_year_of(&d->text.toks[j]) && j > 0 && (dx_tok_gram(d, j - 1) & GR_P_DO))
			c->g.valid_to = atoi(d->text.toks[j].low);
	}
	/*
	 * "сроком на пять лет": from the year of a signing the story reports
	 * (the article's date) for that many years
	 */
	if (!c->g.valid_from && !c->g.valid_to && d->published &&
		(c->st == ST_SIGNED || c->st == ST_RATIFIED))
	{
		int			years = term_years(d, tail1, c->t_end);

		if (years > 0)
		{
			c->g.valid_from = d->published / 10000;
			c->g.valid_to = c->g.valid_from + years;
		}
	}
}

/*
 * Signatories are read at a verb: a document only said to be in force ("в
 * соответствии с подписанным соглашением", a participle before it) names
 * none.  Without parties in the title, the signatories' states are.
 */
static void
find_signatories(dx_doc *d, ag_cand *c)
{
	dx_agreement *g = &c->g;
	int			verb = c->verb,
				i;

	if (verb >= 0 && !(verb < c->s->t0 && dx_adjective_form(&d->text.toks[verb])) &&
		(c->st == ST_SIGNED || c->st == ST_RATIFIED))
		signatories(d, c->s->t0, verb, g);
	else if (verb >= 0 && c->st == ST_PLANNED)
		intended_signatory(d, verb, g);
	if (g->nparties != 0)
		return;
	for (i = 0; i < g->nsignatories; i++)
	{
		int			ids[DX_IX_SCAN],
					x,
					n = dx_ix_sorted(d, DX_IX_NAME + DX_PERSON, g->signatories[i],
									 strlen(g->signatories[i]), ids, DX_IX_SCAN);

		/* the persons called so (an entity stays listed under old names) */
		for (x = 0; x < n; x++)
			if (d->ents[ids[x]].kind == DX_PERSON &&
				strcmp(d->ents[ids[x]].name, g->signatories[i]) == 0 &&
				d->ents[ids[x]].country)
				add_party(d, g, &c->pcap, d->ents[ids[x]].country);
	}
}

/*
 * A bank buying a stake or a union's labour deal names states only as
 * places or in company names: no agreement between states.  A contract is
 * a firm's unless someone who can bind a state signs it ("Министерство
 * здравоохранения заключило контракт").
 */
static int
firms_deal(const dx_doc *d, const ag_cand *c)
{
	int			sides;

	if (c->g.nsignatories != 0 || c->named)
		return 0;
	sides = dx_sides_of(d, dx_sentence_start(d, c->s->t0), c->t_end);
	return sides == SIDES_COMPANY ||
		(sides != SIDES_STATE && dx_doc_type_of(c->e->code) == DT_CONTRACT);
}

/*
 * The one other side of tokens [t0, t1) than the party g already has: a
 * state or a body that may be a side (see merely_present), when there is
 * exactly one; NULL otherwise.
 */
static const char *
other_side_in(dx_doc *d, int t0, int t1, const dx_agreement *g)
{
	dx_agreement x;
	int			cap = 0,
				i;
	const char *other = NULL;

	memset(&x, 0, sizeof(x));
	parties_in(d, t0, t1, &x, &cap, 1);
	for (i = 0; i < x.nparties; i++)
		if (!dx_strs_has(g->parties, g->nparties, x.parties[i]))
		{
			if (other)
				return NULL;
			other = x.parties[i];
		}
	return other;
}

/*
 * A bilateral document with one side named: the other is the one state or
 * body of the sentence before, or else of the headline.
 */
static void
second_side(dx_doc *d, ag_cand *c)
{
	int			s0 = dx_sentence_start(d, c->s->t0);
	const char *other = NULL;

	if (s0 > 0)
		other = other_side_in(d, dx_sentence_start(d, s0 - 1), s0, &c->g);
	if (other == NULL && s0 > 0 && d->text.toks[s0 - 1].sent > 0)
		other = other_side_in(d, 0, dx_sentence_end(d, 0), &c->g);
	if (other)
		add_party(d, &c->g, &c->pcap, other);
}

/* parties beyond the title: the sentence, its persons, the story's main states */
static void
more_parties(dx_doc *d, ag_cand *c)
{
	dx_agreement *g = &c->g;
	int			s0 = dx_sentence_start(d, c->s->t0),
				p;

	/* a body's charter: its parties are those the text states, the body none */
	if (c->body > 0)
		return;
	if (g->nparties < 2)
	{
		parties_in(d, s0, c->t_end, g, &c->pcap, 1);
		/* persons of the sentence speak for their states too */
		for (p = s0; p < c->t_end; p++)
			if (d->tokperson[p] >= 0 && d->ents[d->tokperson[p]].country)
				add_party(d, g, &c->pcap, d->ents[d->tokperson[p]].country);
		/* and so does the seat of a presidency (Кремль, Белый дом), not a place */
		DX_FOR_MENTIONS(d, s0, c->t_end, i)
		{
			const dx_ment *m = &d->ments[i];
			const lex_entry *le;

			if (m->kind != DX_ORGANIZATION || m->t0 < s0 || m->t1 > c->t_end ||
				d->tokspan[m->t0] < 0 || d->spans[d->tokspan[m->t0]].kind != LK_ORG)
				continue;
			le = dx_entry(d, d->spans[d->tokspan[m->t0]].entry);
			if (le->role && strcmp(le->role, "seat") == 0 && le->country && *le->country)
				add_party(d, g, &c->pcap, le->country);
		}
	}
	if (g->nparties == 1 && d->main_country[0] >= 0 &&
		strlen(g->parties[0]) != 2 && d->main_weight[0] >= 2 * d->main_weight[1] &&
		!names_members(d, c->tail0, c->tail1))
	{
		/*
		 * a body and the state the story is about: the UK and the EU (not
		 * a story of several states, such as a summit of the body)
		 */
		add_party(d, g, &c->pcap, d->ents[d->main_country[0]].code);
	}
	if (g->nparties == 0 && s0 > 0 &&
		(refers_to_both_sides(d, c->h0, c->tail1 + c->subject) || two_states_in(d, s0, c->t_end)))
	{
		/*
		 * "Переговоры между Лондоном и Брюсселем ... . Текст соглашения
		 * стороны должны согласовать": the two sides of the sentence before
		 */
		dx_agreement x;
		int			cap = 0,
					i;

		memset(&x, 0, sizeof(x));
		parties_in(d, dx_sentence_start(d, s0 - 1), s0, &x, &cap, 1);
		for (i = 0; x.nparties == 2 && i < 2; i++)
			add_party(d, g, &c->pcap, x.parties[i]);
	}
	if (g->nparties < 2 && d->main_country[0] >= 0 && d->main_country[1] >= 0 &&
		(refers_to_both_sides(d, c->h0, c->tail1 + c->subject) || two_states_in(d, s0, c->t_end)))
	{
		/* "между нашими странами", or a bilateral story */
		add_party(d, g, &c->pcap, d->ents[d->main_country[0]].code);
		add_party(d, g, &c->pcap, d->ents[d->main_country[1]].code);
	}
	/*
	 * The second side of a state's document: not for one only cited, whose
	 * parties are those the text states, nor for a contract, whose other
	 * side is often a firm, nor for a body's (above)
	 */
	if (g->nparties == 1 && strlen(g->parties[0]) == 2 && c->st != ST_OTHER &&
		dx_doc_type_of(c->e->code) != DT_CONTRACT)
		second_side(d, c);
}

/*
 * Agreements bind states, governments or international bodies: a document
 * with none of them in sight (a labour or company deal) is not one.  A
 * document named with capitals (Белфастское соглашение, Устав ООН) is one
 * even when the story names no party.  A bare "заявление" is a document of
 * its parties only when they sign, adopt or plan it; otherwise it is
 * somebody's statement ("Публичное заявление", "заявление МИД").
 */
static int
is_agreement(const dx_doc *d, const ag_cand *c)
{
	dx_doc_type type = dx_doc_type_of(c->e->code);

	if (c->g.nparties == 0 && !c->named && !c->weak)
		return 0;
	/*
	 * A programme, plan, road map, contract or statement of one state with
	 * no other side, and not told as concluded, is a domestic one (a
	 * government's or a housing programme, a firm's contract); a treaty or
	 * protocol of one named state has its other side unnamed.
	 */
	if (c->g.nparties == 1 && strlen(c->g.parties[0]) == 2 && c->st != ST_SIGNED &&
		c->st != ST_RATIFIED &&
		(type == DT_PROGRAMME || type == DT_PLAN || type == DT_ROADMAP || type == DT_CONTRACT ||
		 type == DT_JOINT_STATEMENT || type == DT_DECLARATION))
		return 0;
	/*
	 * A programme, plan or road map only discussed or wished for is one of
	 * activity ("обсудили ядерную программу Ирана", "диалог по ядерной
	 * программе") unless its title names the sides ("программа
	 * сотрудничества между Россией и Китаем") or speaks of both ("стороны
	 * согласовали план консультаций между министерствами").
	 */
	if ((type == DT_PROGRAMME || type == DT_PLAN || type == DT_ROADMAP) &&
		c->st != ST_SIGNED && c->st != ST_RATIFIED && c->title_parties < 2 &&
		!refers_to_both_sides(d, c->h0, c->tail1 + c->subject))
		return 0;
	if (c->st == ST_OTHER && dx_str_has_cue(d->lex, c->e->term, CUE_SAID_DOC))
		return 0;
	return 1;
}

/*
 * A document of persons or firms (трудовой договор, коллективные трудовые
 * соглашения, пенсионное соглашение, Декларация о доходах, заявление об
 * отставке, протокол испытаний): an adjective right before the document
 * noun, or the noun that opens the title's tail (past a preposition), says
 * so.  An adjective opening the tail is not asked: "Договор о коллективной
 * безопасности", "соглашение о тарифных льготах".
 */
static int
private_document(const dx_doc *d, const ag_cand *c)
{
	int			j,
				sent = d->text.toks[c->s->t0].sent;

	for (j = c->s->t0 - 1; j >= 0 && j >= c->s->t0 - 3 && d->text.toks[j].sent == sent &&
		 dx_adjective_form(&d->text.toks[j]); j--)
		if (dx_tok_has_cue(d, j, CUE_PRIVATE_DOC))
			return 1;
	for (j = c->s->t0; j < c->s->t1; j++)
		if (dx_tok_has_cue(d, j, CUE_PRIVATE_DOC))
			return 1;
	j = c->tail0;
	if (j < c->tail1 && (dx_tok_gram(d, j) & GR_PREP))
		j++;
	return j < c->tail1 && dx_tok_has_cue(d, j, CUE_PRIVATE_DOC) &&
		!(dx_morph_first_gram(d->lex, d->text.src + d->text.toks[j].b0,
							  (size_t) (d->text.toks[j].b1 - d->text.toks[j].b0)) & DX_G(ADJF));
}

/* the mention of a document at span s, read into *c; 0 when it is no agreement */
static int
read_mention(dx_doc *d, const dx_span *s, ag_cand *c)
{
	memset(c, 0, sizeof(*c));
	c->s = s;
	c->e = dx_entry(d, s->entry);
	c->t_end = dx_sentence_end(d, s->t0);
	title_start(d, c);
	title_tail(d, c);
	if (private_document(d, c) || !say_what_about(d, c))
		return 0;
	build_title(d, c);
	status_and_period(d, c);
	/* Иранская ядерная сделка: the head names one too; a charter's body is none */
	parties_in(d, c->h0, c->body > 0 ? c->s->t1 : c->tail1, &c->g, &c->pcap, 0);
	c->title_parties = c->g.nparties;
	find_signatories(d, c);
	if (firms_deal(d, c))
		return 0;
	more_parties(d, c);
	if (!is_agreement(d, c))
		return 0;
	c->g.sentence = d->text.toks[s->t0].sent + 1;
	c->g.start = d->text.toks[c->h0].c0;
	c->g.end = d->text.toks[(c->tail1 > c->tail0 ? c->tail1 : s->t1) - 1].c1;
	return 1;
}

int
dx_find_agreements(dx_doc *d)
{
	int			k,
				nm = 0,
				cap_m = 0;
	ag_mention *ms = NULL;

	index_roles(d);
	for (k = 0; k < d->nspans && !DX_POLL(d, k); k++)
	{
		ag_cand		c;
		ag_mention *slot;

		if (d->spans[k].kind != LK_DOC || !read_mention(d, &d->spans[k], &c))
			continue;
		slot = DX_PUSH(d->a, ms, nm, cap_m);
		if (slot == NULL)
			return -1;
		slot->g = c.g;
		slot->type = dx_doc_type_of(c.e->code);
		slot->status = c.st;
		slot->flags = (c.tail1 <= c.tail0 ? AG_TAILLESS : 0) |
			(future_adjective(d, c.s->t0) ? AG_FRESH : 0) | (c.weak ? AG_WEAK : 0);
		if (slot->type == DT_PROTOCOL && c.st == ST_OTHER && !c.named && !c.weak &&
			c.g.nparties < 2)
			slot->flags |= AG_ANNEX;
	}
	annexes(d, ms, nm);
	k = merge_mentions(d, ms, &nm);
	if (k != 0)
		return k;
	merge_synonyms(d, ms, &nm);
	if (weak_mentions(d, ms, &nm) != 0)
		return -1;
	/* the result: codes turned into names */
	for (k = 0; k < nm; k++)
	{
		dx_agreement *slot = DX_PUSH(d->a, d->agrs, d->nagrs, d->cap_agrs);

		if (slot == NULL)
			return -1;
		*slot = ms[k].g;
		slot->doc_type = dx_doc_type_name(ms[k].type);
		slot->status = dx_ag_status_name(ms[k].status);
	}
	return d->a->failed ? -1 : 0;
}
