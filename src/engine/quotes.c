/*
 * quotes.c - direct speech in «», „“ or "" attributed to a person by the
 * speech verb before or after it, also when the person is named by office.
 */
#include "internal.h"

#include <string.h>

/* the person entity named in tokens [from, to), nearest to `near` */
static int
person_in(const dx_doc *d, int from, int to, int near)
{
	int			j,
				best = -1,
				bestdist = 1 << 30;

	if (from < 0)
		from = 0;
	if (to > d->text.ntoks)
		to = d->text.ntoks;
	for (j = from; j < to; j++)
	{
		int			dist = j > near ? j - near : near - j;

		if (d->tokperson[j] >= 0 && dist < bestdist)
		{
			best = d->tokperson[j];
			bestdist = dist;
		}
	}
	return best;
}

static int
is_speech(const dx_doc *d, int j)
{
	const char *c = dx_verb_code(d, j);

	return c && strcmp(c, "speech") == 0 && !(d->text.toks[j].flags & TF_CAP);
}

/* "он", "она": the person last named before token tok */
static int
pronoun_person(const dx_doc *d, int tok)
{
	int			j;

	for (j = tok - 1; j >= 0 && j >= tok - 400; j--)
		if (d->tokperson[j] >= 0)
			return d->tokperson[j];
	return -1;
}

static int
is_pronoun(const dx_tok *t)
{
	return dx_tok_is(t, "он") || dx_tok_is(t, "она");
}

/* the person a speech verb at k is said by: after it (заявил Лавров) or before it */
static int
speaker_of_verb(const dx_doc *d, int k, int from, int to, int quote_tok)
{
	int			p;
	int			n = d->text.ntoks;

	/* right after the verb: a name, an office or a pronoun */
	if (k + 1 < n)
	{
		if (is_pronoun(&d->text.toks[k + 1]))
			return pronoun_person(d, quote_tok);
		p = person_in(d, k + 1, k + 9 < to ? k + 9 : to, k + 1);
		if (p >= 0)
			return p;
		if (dx_span_kind_at(d, k + 1) == LK_OFFICE)
		{
			/* "заявила министр": the person of that office named last */
			const lex_entry *oe = dx_entry(d, d->spans[d->tokspan[k + 1]].entry);
			int			j;

			for (j = quote_tok; j >= 0 && j >= quote_tok - 3000; j--)
				if (d->tokperson[j] >= 0 && d->ents[d->tokperson[j]].role_class && oe->code &&
					(strcmp(d->ents[d->tokperson[j]].role_class, oe->code) == 0 ||
					 strstr(d->ents[d->tokperson[j]].role ? d->ents[d->tokperson[j]].role : "", oe->name)))
					return d->tokperson[j];
		}
		/*
		 * "– заявил сенатор", "– сказал дипломат": a common noun for the
		 * person last named before the quotation
		 */
		if (d->text.toks[k + 1].type == TK_WORD && !(d->text.toks[k + 1].flags & TF_CAP))
		{
			p = pronoun_person(d, quote_tok);
			if (p >= 0)
				return p;
		}
	}
	/* before the verb: the subject */
	{
		int			j;

		for (j = k - 1; j >= from; j--)
		{
			if (d->tokperson[j] >= 0)
				return d->tokperson[j];
			if (is_pronoun(&d->text.toks[j]))
				return pronoun_person(d, j);
			if (d->text.toks[j].type == TK_QUOTE)
				break;
		}
	}
	return -1;
}

/* attribution after the closing mark: », – сказал Ильхам Алиев */
static int
speaker_after(const dx_doc *d, int open, int close)
{
	int			j = close + 1;
	int			n = d->text.ntoks;
	int			k;

	while (j < n && (dx_tok_punct(&d->text.toks[j], ',') || d->text.toks[j].type == TK_DASH))
		j++;
	if (j == close + 1)
		return -1;
	for (k = j; k < n && k < j + 3; k++)
		if (is_speech(d, k))
			return speaker_of_verb(d, k, j, dx_sentence_end(d, k), open);
	return -1;
}

/*
 * attribution before the opening mark, in the same sentence: Токаев заявил: «...»,
 * По словам Токаева, «...», он подчеркнул, что надо подходить «...»
 */
static int
speaker_before(const dx_doc *d, int open)
{
	int			s0;
	int			j;

	if (open == 0)
		return -1;
	s0 = dx_sentence_start(d, open - 1);
	for (j = open - 1; j >= s0 && j >= open - 30; j--)
	{
		if (d->text.toks[j].type == TK_QUOTE)
			break;
		if (is_speech(d, j))
			return speaker_of_verb(d, j, s0, open, open);
		if (dx_tok_is(&d->text.toks[j], "словам") && j + 1 < open)
			return person_in(d, j + 1, open, j + 1);
	}
	return -1;
}

static int
count_words(const dx_doc *d, int t0, int t1)
{
	int			j,
				n = 0;

	for (j = t0; j < t1; j++)
		if (d->text.toks[j].type == TK_WORD || d->text.toks[j].type == TK_NUM)
			n++;
	return n;
}

/*
 * A quotation that opens a sentence with no verb of its own, after a sentence
 * that names a person with a verb of speech or opinion ("Косачев настроен
 * оптимистично. «Не думаю ...»"): that person speaks.
 */
static int
speaker_carried(const dx_doc *d, int open)
{
	int			s0,
				j,
				speech = 0,
				person = -1;

	if (open == 0 || !(d->text.toks[open].flags & TF_NL || (open > 0 && d->text.toks[open - 1].type == TK_PUNCT &&
														   d->text.toks[open - 1].sent != d->text.toks[open].sent)))
		return -1;
	s0 = dx_sentence_start(d, open - 1);
	for (j = s0; j < open; j++)
	{
		if (is_speech(d, j) || dx_startswith(d->text.toks[j].low, "настроен") ||
			dx_startswith(d->text.toks[j].low, "счита") || dx_tok_punct(&d->text.toks[j], ':'))
			speech = 1;
		if (d->tokname[j] >= 0 && person < 0)
			person = d->tokname[j];
	}
	return speech ? person : -1;
}

/* a straight or curly mark that opens: before a word, after a space or a sign */
static int
opens(const dx_doc *d, int j)
{
	const dx_tok *t = &d->text.toks[j];

	if (t->qkind == QK_OPEN)
		return 1;
	if (t->qkind != QK_EITHER || j + 1 >= d->text.ntoks)
		return 0;
	if ((d->text.toks[j + 1].flags & TF_SPACE) ||
		(d->text.toks[j + 1].type != TK_WORD && d->text.toks[j + 1].type != TK_NUM))
		return 0;
	return j == 0 || (t->flags & TF_SPACE) || d->text.toks[j - 1].type == TK_PUNCT ||
		d->text.toks[j - 1].type == TK_DASH || d->text.toks[j - 1].type == TK_QUOTE;
}

/*
 * Pair the quotation marks in one pass with a stack: closeof[i] is the mark
 * that closes the one opening at token i, -1 elsewhere.
 */
static int *
pair_marks(dx_doc *d)
{
	int			n = d->text.ntoks;
	int		   *closeof = dx_alloc(d->a, sizeof(int) * (n + 1));
	int			stack[256];
	int			top = 0,
				j;

	if (closeof == NULL)
		return NULL;
	for (j = 0; j < n; j++)
	{
		closeof[j] = -1;
		if (d->text.toks[j].type != TK_QUOTE)
			continue;
		if (opens(d, j))
		{
			if (top < 256)
				stack[top++] = j;
		}
		else if (top > 0)
		{
			closeof[stack[--top]] = j;
			/*
			 * "... в формате "7/24", - добавил Схинас": one mark closes the
			 * inner and the outer quotation before the attribution
			 */
			if (top > 0 && d->text.toks[j].qkind == QK_EITHER &&
				d->text.toks[stack[top - 1]].qkind == QK_EITHER && j + 1 < n &&
				(dx_tok_punct(&d->text.toks[j + 1], ',') || d->text.toks[j + 1].type == TK_DASH))
				closeof[stack[--top]] = j;
		}
	}
	return closeof;
}

int
dx_find_quotes(dx_doc *d)
{
	int			i;
	int			n = d->text.ntoks;
	int		   *closeof = pair_marks(d);

	if (closeof == NULL)
		return -1;
	for (i = 0; i < n; i++)
	{
		int			close = closeof[i],
					sp;

		if (close < 0)
			continue;
		if (count_words(d, i + 1, close) < 4)
		{
			i = close;
			continue;
		}
		sp = speaker_after(d, i, close);
		if (sp < 0)
			sp = speaker_before(d, i);
		if (sp < 0)
			sp = speaker_carried(d, i);
		if (sp >= 0)
		{
			dx_quote   *q = DX_PUSH(d->a, d->quotes, d->nquotes, d->cap_quotes);
			const dx_ent *e = &d->ents[sp];

			if (q == NULL)
				return -1;
			q->speaker = e->name;
			q->speaker_role = e->role;
			q->speaker_country = e->country;
			q->quote = dx_tokens_text(d, i + 1, close);
			q->start = d->text.toks[i + 1].c0;
			q->end = d->text.toks[close - 1].c1;
			q->sentence = d->text.toks[i + 1].sent + 1;
		}
		i = close;
	}
	return d->a->failed ? -1 : 0;
}
