/*
 * amounts.c - sums of money: a number, a scale word and a currency
 * (1 млрд долларов, $2,5 млрд, 300 миллиардов тенге), value kept exact.
 */
#include "internal.h"

#include "morph.h"

#include <stdio.h>
#include <string.h>

/* the power of ten of a scale word (млрд, миллиардов, bn: 9), -1 */
static int
scale_of(const dx_doc *d, int tok)
{
	uint64_t	g;

	if (d->text.toks[tok].type != TK_WORD)
		return -1;
	g = dx_tok_gram(d, tok);	/* the flags of the form, prefix rows (миллиард*) included */
	return (g & GR_SCALE_12) ? 12 : (g & GR_SCALE_9) ? 9 : (g & GR_SCALE_6) ? 6 :
		(g & GR_SCALE_3) ? 3 : -1;
}

/* currency of the span at token j (a currency entry), or NULL */
static const char *
currency_at(const dx_doc *d, int j, int *end)
{
	int			k;

	if (j >= d->text.ntoks || (k = d->tokspan[j]) < 0)
		return NULL;
	if (d->spans[k].kind != LK_CURRENCY || d->spans[k].t0 != j)
		return NULL;
	*end = d->spans[k].t1;
	return dx_entry(d, d->spans[k].entry)->code;
}

/*
 * Read a number at token i: 1, 2,5, 1 000 000, 2.5; writes digits and the
 * count of fraction digits; returns the token after it or -1.
 */
static int
read_number(const dx_doc *d, int i, char *digits, int *ndig, int *frac)
{
	const dx_tok *t = d->text.toks;
	int			j = i,
				n = 0;

	*frac = 0;
	if (i >= d->text.ntoks || t[i].type != TK_NUM || t[i].b1 - t[i].b0 > 15)
		return -1;
	n = (int) strlen(t[i].low);
	memcpy(digits, t[i].low, n);
	j = i + 1;
	/* groups of three digits: 1 000 000 */
	while (j < d->text.ntoks && t[j].type == TK_NUM && t[j].b1 - t[j].b0 == 3 &&
		   n <= 12 && (t[j].flags & TF_SPACE) && !(t[j].flags & TF_NL) && t[i].b1 - t[i].b0 <= 3)
	{
		memcpy(digits + n, t[j].low, 3);
		n += 3;
		j++;
	}
	/* fraction: 2,5 or 2.5 with no spaces */
	if (j + 1 < d->text.ntoks && (dx_tok_punct(&t[j], ',') || dx_tok_punct(&t[j], '.')) &&
		!(t[j].flags & TF_SPACE) && t[j + 1].type == TK_NUM && !(t[j + 1].flags & TF_SPACE) &&
		t[j + 1].b1 - t[j + 1].b0 <= 6)
	{
		int			fl = (int) strlen(t[j + 1].low);

		memcpy(digits + n, t[j + 1].low, fl);
		n += fl;
		*frac = fl;
		j += 2;
	}
	digits[n] = '\0';
	*ndig = n;
	return j;
}

/*
 * A scale word or a currency within the next five words from token i: a
 * number in words can only be a sum before one (the test that keeps the
 * numerals' table from being asked about every word).
 */
static int
money_ahead(const dx_doc *d, int i)
{
	int			j,
				end;

	for (j = i; j < d->text.ntoks && j < i + 6; j++)
	{
		if (d->text.toks[j].type != TK_WORD && d->text.toks[j].type != TK_SYMBOL)
			return 0;
		if (scale_of(d, j) >= 0 || currency_at(d, j, &end))
			return 1;
	}
	return 0;
}

/*
 * Read a number written in words at token i: cardinal numerals in any case,
 * hundreds then tens then units (двадцати пяти, ста двадцати), полтора, or
 * a scale word in the singular with no number (миллиона рублей: one
 * million; the scale is left for the caller).  Writes digits as
 * read_number does; returns the token after the numerals (i itself for a
 * bare scale word) or -1.
 */
static int
read_words(const dx_doc *d, int i, char *digits, int *ndig, int *frac)
{
	const dx_tok *t = d->text.toks;
	int			j = i,
				total = 0,
				last = 1000;

	*frac = 0;
	if (i >= d->text.ntoks || t[i].type != TK_WORD)
		return -1;
	if (dx_numeral_half_more(t[i].low))
	{
		strcpy(digits, "15");
		*ndig = 2;
		*frac = 1;
		return i + 1;
	}
	while (j < d->text.ntoks && t[j].type == TK_WORD)
	{
		int			v = dx_numeral_value(t[j].low);
		int			rank = v >= 100 ? 100 : v >= 10 ? 10 : 1;

		/* each part of a lower rank than the one before: сто двадцать пять */
		if (v == 0 || rank >= last || (last == 10 && total % 100 < 20 && total % 100 >= 10))
			break;
		total += v;
		last = rank;
		j++;
	}
	if (j == i)
	{
		if (!dx_scale_singular(t[i].low))
			return -1;
		total = 1;
	}
	*ndig = snprintf(digits, 16, "%d", total);
	return j;
}

/* digits with frac fraction digits, times 10^zeros, as a plain decimal */
static const char *
decimal(dx_doc *d, const char *digits, int n, int frac, int zeros)
{
	char		buf[64];
	int			intlen,
				o = 0,
				i;
	int			shift = zeros - frac;

	if (shift >= 0)
	{
		for (i = 0; i < n && o < 40; i++)
			buf[o++] = digits[i];
		for (i = 0; i < shift && o < 60; i++)
			buf[o++] = '0';
	}
	else
	{
		intlen = n + shift;		/* digits before the point */
		for (i = 0; i < intlen; i++)
			buf[o++] = digits[i];
		if (intlen <= 0)
			buf[o++] = '0';
		buf[o++] = '.';
		for (i = intlen < 0 ? intlen : 0; i < 0; i++)
			buf[o++] = '0';
		for (i = intlen > 0 ? intlen : 0; i < n && o < 60; i++)
			buf[o++] = digits[i];
		/* trailing zeros of the fraction */
		while (o > 0 && buf[o - 1] == '0')
			o--;
		if (o > 0 && buf[o - 1] == '.')
			o--;
	}
	buf[o] = '\0';
	/* leading zeros */
	i = 0;
	while (buf[i] == '0' && buf[i + 1] && buf[i + 1] != '.')
		i++;
	return dx_strdup(d->a, buf + i);
}

/* what a sum is of, by the cue classes of the words before it: their codes */
static const struct
{
	dx_cue		cue;
	const char *about;
}			ABOUT[] = {
	{CUE_ABOUT_TRADE, "trade"}, {CUE_ABOUT_INVESTMENT, "investment"},
	{CUE_ABOUT_CREDIT, "credit"}, {CUE_ABOUT_AID, "aid"},
	{CUE_ABOUT_CONTRACT, "contract"}, {CUE_ABOUT_BUDGET, "budget"},
	{CUE_ABOUT_DEBT, "debt"}, {CUE_ABOUT_SANCTIONS, "sanctions"}
};

/* the nearest word before tok, up to 15 back in its sentence, that says what a sum is of */
static const char *
about_of(const dx_doc *d, int tok)
{
	int			s0 = dx_sentence_start(d, tok);
	int			j;
	size_t		i;

	for (j = tok - 1; j >= s0 && j >= tok - 15; j--)
		for (i = 0; i < sizeof(ABOUT) / sizeof(ABOUT[0]); i++)
			if (dx_tok_has_cue(d, j, ABOUT[i].cue))
				return ABOUT[i].about;
	return NULL;
}

static int
push_amount(dx_doc *d, const char *value, const char *cur, int t0, int t1)
{
	dx_amount  *a = DX_PUSH(d->a, d->amts, d->namts, d->cap_amts);

	if (a == NULL)
		return -1;
	a->value = value;
	a->currency = cur;
	a->surface = dx_tokens_text(d, t0, t1);
	a->start = d->text.toks[t0].c0;
	a->end = d->text.toks[t1 - 1].c1;
	a->sentence = d->text.toks[t0].sent + 1;
	a->about = about_of(d, t0);
	return 0;
}

int
dx_find_amounts(dx_doc *d)
{
	int			i;
	int			n = d->text.ntoks;

	for (i = 0; i < n && !DX_POLL(d, i); i++)
	{
		char		dig[64],
					dig2[64];
		int			nd,
					frac,
					nd2 = 0,
					frac2 = 0;
		int			j,
					zeros = 0,
					t0 = i,
					end = -1,
					j2 = -1;
		const char *pre = NULL,
				   *cur;

		/* a currency sign before the number: $2,5 млрд */
		if (d->tokspan[i] >= 0 && d->spans[d->tokspan[i]].kind == LK_CURRENCY &&
			d->text.toks[i].type == TK_SYMBOL && i + 1 < n && d->text.toks[i + 1].type == TK_NUM)
		{
			pre = dx_entry(d, d->spans[d->tokspan[i]].entry)->code;
			i++;
		}
		j = read_number(d, i, dig, &nd, &frac);
		if (j < 0 && !pre && money_ahead(d, i))
			j = read_words(d, i, dig, &nd, &frac);
		if (j < 0)
		{
			if (pre)
				i--;
			continue;
		}
		/* a range: 1-2 млрд, от 3 до 5 млн */
		if (j + 1 < n && (d->text.toks[j].type == TK_HYPHEN || d->text.toks[j].type == TK_DASH))
			j2 = read_number(d, j + 1, dig2, &nd2, &frac2);
		if (j2 > 0)
			j = j2;
		if (j < n && scale_of(d, j) >= 0)
		{
			zeros = scale_of(d, j);
			j++;
			/* "млрд. долларов": the abbreviation's period, when the currency follows */
			if (j + 1 < n && dx_tok_punct(&d->text.toks[j], '.') && !(d->text.toks[j].flags & TF_SPACE) &&
				!pre && currency_at(d, j + 1, &end))
				j++;
		}
		cur = pre;
		if (cur == NULL)
			cur = currency_at(d, j, &end);
		else
			end = j;
		if (cur == NULL)
		{
			i = j - 1 > i ? j - 1 : i;
			continue;
		}
		if (push_amount(d, decimal(d, dig, nd, frac, zeros), cur, t0, end) != 0)
			return -1;
		if (j2 > 0 && push_amount(d, decimal(d, dig2, nd2, frac2, zeros), cur, t0, end) != 0)
			return -1;
		i = end - 1;
	}
	return d->a->failed ? -1 : 0;
}
