/*
 * persons.c - persons: names the lexicon knows, given name + surname, initials,
 * particles and names of short parts, surnames and given names alone for a
 * person of the story, the nominative of names.
 */
#include "internal.h"
#include "entities.h"
#include "morph.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

/* tokens a rule looks back over for an earlier mention of a name */
#define STORY_NAME_LOOKBACK 2048

/* ---------------------------------------------------------------- persons */

int
dx_is_cap_word(const dx_doc *d, int i)
{
	const dx_tok *t;

	if (i < 0 || i >= d->text.ntoks)
		return 0;
	t = &d->text.toks[i];
	if (t->type != TK_WORD || !(t->flags & TF_CAP) || (t->flags & TF_ALLCAPS) || t->nchars < 2)
		return 0;
	{
		/* МИДа, ЕСа: an abbreviation with an ending is not a name */
		size_t		k = t->b0;
		int32_t		c;

		dx_utf8_next(d->text.src, t->b1, &k);
		c = dx_utf8_next(d->text.src, t->b1, &k);
		if (u_isupper(c))
			return 0;
	}
	return 1;
}

/*
 * Token i is one of three capitalised Cyrillic words of at most three
 * letters each, next to each other, inside a sentence and with no such
 * word around them: a Korean or Chinese name of three syllables (Ли Со Ён),
 * whose parts may read as function words.
 */
static int
short_parts_name(const dx_doc *d, int i)
{
	const dx_tok *t = d->text.toks;
	int			n = d->text.ntoks,
				a = i,
				b = i,
				k;

#define SHORT_PART(k) ((k) >= 0 && (k) < n && t[k].type == TK_WORD && t[k].nchars <= 3 && \
					   (t[k].flags & TF_CAP) && (t[k].flags & TF_CYR) && !(t[k].flags & TF_ALLCAPS))
	if (!SHORT_PART(i))
		return 0;
	while (a > i - 3 && SHORT_PART(a - 1) && (t[a].flags & TF_SPACE) && !(t[a].flags & TF_NL))
		a--;
	while (b < i + 3 && SHORT_PART(b + 1) && (t[b + 1].flags & TF_SPACE) && !(t[b + 1].flags & TF_NL))
		b++;
	if (b - a != 2 || a == 0 || (t[a].flags & TF_NL) || dx_sentence_start(d, a) == a ||
		t[a - 1].type == TK_QUOTE || (a > 0 && SHORT_PART(a - 1)) || SHORT_PART(b + 1))
		return 0;
	for (k = a; k <= b; k++)
		if (d->tokquoted[k])
			return 0;
#undef SHORT_PART
	return 1;
}

/*
 * A function word written with a capital inside a sentence is a name when
 * the lexicon knows it as a given name (Том Уотсон) or it follows one (Филип
 * Ли, Брюс Ли); at the start of a sentence or a line its capital tells nothing.
 */
static int
name_shaped_function_word(const dx_doc *d, int i)
{
	const dx_tok *t = d->text.toks;

	if (i == 0 || (t[i].flags & TF_NL) || dx_sentence_start(d, i) == i || t[i - 1].type == TK_QUOTE)
		return 0;
	if (dx_tok_entry_kind(d, i, LK_GIVEN) >= 0 || short_parts_name(d, i))
		return 1;
	return t[i - 1].type == TK_WORD && (t[i].flags & TF_SPACE) && !(t[i - 1].flags & TF_ALLCAPS) &&
		(t[i - 1].flags & TF_CAP) && dx_tok_entry_kind(d, i - 1, LK_GIVEN) >= 0;
}

static int	common_word_only(const dx_doc *d, int i);

/*
 * An office ends right before token i: an office word a few words back in
 * the clause (министр иностранных дел Германии, глава МИД ФРГ)
 */
static int
office_before(const dx_doc *d, int i)
{
	int			k;

	for (k = i - 1; k >= 0 && k >= i - 5; k--)
	{
		if (d->text.toks[k].type != TK_WORD)
			return 0;
		if (dx_span_kind_at(d, k) == LK_OFFICE)
			return 1;
	}
	return 0;
}

/*
 * "заявил Гайко Маас", "Гайко Маас сказал": a word that names a region or a
 * town, right after a capitalised word the dictionary knows as no common
 * word and no list knows, is a surname where a person stands: after a verb
 * of speech or an office, or before a verb in the past tense
 */
static int
place_as_surname(const dx_doc *d, int i)
{
	const dx_tok *t = d->text.toks;
	int			g = i - 1,
				k = dx_span_kind_at(d, g);
	const char *code;

	if (g < 0 || i + 1 >= d->text.ntoks || t[g].type != TK_WORD || !(t[g].flags & TF_CAP) ||
		!(t[g].flags & TF_CYR) || !(t[i].flags & TF_CYR) || (t[i].flags & TF_NL) ||
		!(t[i].flags & TF_SPACE) || (k != LK_NONE && k != LK_GIVEN) || d->tokquoted[g] ||
		d->spans[d->tokspan[i]].t0 != i || d->spans[d->tokspan[i]].t1 != i + 1 ||
		common_word_only(d, g) != 0 || dx_adjective_like(t[g].low))
		return 0;
	/* a verb in the past tense after the pair */
	if (t[i + 1].type == TK_WORD && dx_past_gender(t[i + 1].low) != 0 &&
		(code = dx_verb_code(d, i + 1)) != NULL)
		return 1;
	if (g == 0 || (t[g].flags & TF_NL))
		return 0;
	/* a verb of speech or an office before it */
	return (t[g - 1].type == TK_WORD && (code = dx_verb_code(d, g - 1)) != NULL &&
			strcmp(code, "speech") == 0 && dx_past_gender(t[g - 1].low) != 0) ||
		office_before(d, g);
}

/* token i follows an initial: a capital letter and a full stop (О.Сомов, О. Сомов) */
static int
after_initial(const dx_doc *d, int i)
{
	const dx_tok *t = d->text.toks;

	return i > 1 && dx_tok_punct(&t[i - 1], '.') && t[i - 2].type == TK_WORD && t[i - 2].nchars == 1 &&
		(t[i - 2].flags & TF_CAP) && !(t[i].flags & TF_NL);
}

/*
 * Token i is the surname of a person the story has named with a given
 * name, as written or with a case ending of up to two letters (Маас, Мааса)
 */
static int
story_surname_form(const dx_doc *d, int i)
{
	const char *low = d->text.toks[i].low;
	size_t		plen = dx_prefix_len(low),
				len = strlen(low);
	int			n,
				x;
	const int  *ids = dx_ix_get(d, DX_IX_PREFIX, low, plen, &n);

	for (x = 0; ids && x < n && x < DX_IX_SCAN; x++)
	{
		const dx_ent *e = &d->ents[ids[x]];

		if (e->kind == DX_PERSON && e->surname && e->given && dx_startswith(low, e->surname) &&
			len <= strlen(e->surname) + 4)
			return 1;
	}
	return 0;
}

/* token i is, as written, a given name of the lexicon in its nominative */
static int
given_as_written(const dx_doc *d, int i)
{
	int			cand[8],
				n = dx_tok_entries(d, i, LK_GIVEN, cand, 8),
				k;

	for (k = 0; k < n; k++)
	{
		const char *term = dx_entry(d, cand[k])->term;

		if (term != NULL && strlen(term) == (size_t) (d->text.toks[i].b1 - d->text.toks[i].b0) &&
			strncmp(term, d->text.src + d->text.toks[i].b0, strlen(term)) == 0)
			return 1;
	}
	return 0;
}

static int	dict_analyses(const dx_doc *d, int i, uint64_t need, int guess, dx_ocparse *out, int max);
static int	apposition_case(const dx_doc *d, int i, int *gender);

/*
 * "44-летнего Доминика Раба", "поблагодарил Доминика Раба": a state's name
 * at i of one word that the lexicon also knows as a given name, right
 * before a capitalised word that could be a surname (no list's name, no
 * adjective) and right after an adjective of age in a case (44-летнего) or
 * a word the dictionary reads only as a verb, is a given name: a state
 * takes no age and stands after a verb with no surname after it
 */
static int
state_as_given(const dx_doc *d, int i)
{
	const dx_tok *t = d->text.toks;
	int			n = d->text.ntoks,
				k,
				nv,
				kn;
	dx_ocparse	v[8];

	if (i < 1 || i + 1 >= n || dx_span_kind_at(d, i) != LK_COUNTRY || d->spans[d->tokspan[i]].t0 != i ||
		d->spans[d->tokspan[i]].t1 != i + 1 || dx_tok_entry_kind(d, i, LK_GIVEN) < 0 ||
		!(t[i].flags & TF_SPACE) || (t[i].flags & TF_NL) ||
		t[i + 1].type != TK_WORD || !(t[i + 1].flags & TF_CAP) || !(t[i + 1].flags & TF_CYR) ||
		(t[i + 1].flags & (TF_ALLCAPS | TF_NL)) || !(t[i + 1].flags & TF_SPACE) ||
		t[i + 1].sent != t[i].sent || t[i - 1].type != TK_WORD || (t[i - 1].flags & TF_CAP))
		return 0;
	kn = dx_span_kind_at(d, i + 1);
	if ((kn != LK_NONE && kn != LK_SURNAME) || dx_adjective_like(t[i + 1].low) ||
		dx_function_word(t[i + 1].low))
		return 0;
	/* 44-летнего: a number, a hyphen and an adjective, or one word */
	if (isdigit((unsigned char) d->text.src[t[i - 1].b0]) ||
		(i >= 3 && t[i - 2].type == TK_HYPHEN && !(t[i - 2].flags & TF_SPACE) && !(t[i - 1].flags & TF_SPACE) &&
		 (t[i - 3].type == TK_NUM || isdigit((unsigned char) d->text.src[t[i - 3].b0]))))
		return apposition_case(d, i - 1, NULL) != DX_UNK;
	nv = dict_analyses(d, i - 1, 0, 0, v, 8);
	for (k = 0; k < nv; k++)
		if (!(v[k].gram & DX_G(VERB)))
			return 0;
	return nv > 0;
}

/* a token that a rule may take as part of a person's name */
int
dx_name_free(const dx_doc *d, int i)
{
	int			k = dx_span_kind_at(d, i);

	if (!dx_is_cap_word(d, i) || d->tokquoted[i] || (d->tokplace && d->tokplace[i]) ||
		(d->tokbody && d->tokbody[i]))
		return 0;
	if (dx_function_word(d->text.toks[i].low) && !name_shaped_function_word(d, i))
		return 0;
	if (k == LK_COUNTRY && state_as_given(d, i))
		return 1;
	/* a town may share a surname's form (Болтон, Биби): a name rule may take it */
	if (k == LK_CITY && d->spans[d->tokspan[i]].t1 == i + 1 && d->spans[d->tokspan[i]].t0 == i)
		return 1;
	/* a capital's form right after a given name: Джордж Вашингтон, Джек Лондон */
	if (k == LK_CAPITAL && d->spans[d->tokspan[i]].t1 == i + 1 && d->spans[d->tokspan[i]].t0 == i && i > 0 &&
		(d->text.toks[i].flags & TF_SPACE) && dx_is_cap_word(d, i - 1) &&
		dx_tok_entry_kind(d, i - 1, LK_GIVEN) >= 0)
		return 1;
	if ((k == LK_REGION || k == LK_CITY) && place_as_surname(d, i))
		return 1;
	if ((k == LK_REGION || k == LK_CITY) && d->spans[d->tokspan[i]].t0 == i &&
		d->spans[d->tokspan[i]].t1 == i + 1 && after_initial(d, i) && story_surname_form(d, i))
		return 1;				/* Х.Маас after Гайко Маас (Маас, a region) */
	/*
	 * an office's word that is, as written, a given name the lexicon knows
	 * and no common word the dictionary knows (Мэри, read as a form of мэр)
	 */
	if (k == LK_OFFICE && d->spans[d->tokspan[i]].t0 == i && d->spans[d->tokspan[i]].t1 == i + 1 &&
		given_as_written(d, i) && common_word_only(d, i) == 0)
		return 1;
	/* a currency's form right after a given name: Анна Франк, Игорь Сомов */
	if (k == LK_CURRENCY && d->spans[d->tokspan[i]].t0 == i && d->spans[d->tokspan[i]].t1 == i + 1 &&
		i > 0 && (d->text.toks[i].flags & TF_SPACE) && !(d->text.toks[i].flags & TF_ALLCAPS) &&
		dx_is_cap_word(d, i - 1) && dx_tok_entry_kind(d, i - 1, LK_GIVEN) >= 0)
		return 1;
	/*
	 * a currency's form of a surname's ending (Сомов) after an initial (О.
	 * Сомов, О.Сомов) or a capitalised Cyrillic word the dictionary does not
	 * know as a common word and no list knows (Руперт Сомов)
	 */
	if (k == LK_CURRENCY && d->spans[d->tokspan[i]].t0 == i && d->spans[d->tokspan[i]].t1 == i + 1 &&
		i > 0 && !(d->text.toks[i].flags & TF_ALLCAPS) && !(d->text.toks[i].flags & TF_NL) &&
		dx_person_name_ending(d->text.toks[i].low))
	{
		const dx_tok *t = d->text.toks;

		if (after_initial(d, i))
			return 1;
		if ((t[i].flags & TF_SPACE) && dx_is_cap_word(d, i - 1) && (t[i - 1].flags & TF_CYR) &&
			dx_span_kind_at(d, i - 1) == LK_NONE && common_word_only(d, i - 1) == 0 &&
			!dx_adjective_like(t[i - 1].low) &&
			((i - 1 != dx_sentence_start(d, i - 1) && !(t[i - 1].flags & TF_NL)) ||
			 (i + 1 < d->text.ntoks && t[i + 1].type == TK_WORD && !(t[i + 1].flags & TF_CAP) &&
			  dx_past_gender(t[i + 1].low) == DX_MASC && dx_verb_code(d, i + 1) != NULL)))
			return 1;	/* first in a sentence, the subject of a man's verb (Руперт Сомов заявил) */
	}
	/*
	 * "Франк Веркотерен": a currency's form, no number's unit (no number
	 * before it), before a capitalised Cyrillic word of the line that no
	 * list and no dictionary knows as a common word: a given name
	 */
	if (k == LK_CURRENCY && d->spans[d->tokspan[i]].t0 == i && d->spans[d->tokspan[i]].t1 == i + 1 &&
		!(d->text.toks[i].flags & TF_ALLCAPS) && (d->text.toks[i].flags & TF_CYR) &&
		!(i > 0 && (d->text.toks[i - 1].type == TK_NUM || (dx_tok_gram(d, i - 1) & GR_NUM))) &&
		i + 1 < d->text.ntoks && (d->text.toks[i + 1].flags & TF_SPACE) && !(d->text.toks[i + 1].flags & TF_NL) &&
		dx_is_cap_word(d, i + 1) && (d->text.toks[i + 1].flags & TF_CYR) &&
		!(d->text.toks[i + 1].flags & TF_ALLCAPS) && dx_span_kind_at(d, i + 1) == LK_NONE &&
		common_word_only(d, i + 1) == 0 && !d->tokquoted[i + 1])
		return 1;
	return k == LK_NONE || k == LK_SURNAME;
}

/* a name in quotation marks of a few words («Блю Стрим Пайплайн») names a thing */
void
dx_mark_quoted_names(dx_doc *d)
{
	int			i,
				j;

	for (i = 0; i < d->text.ntoks && !DX_POLL(d, i); i++)
	{
		if (d->text.toks[i].type != TK_QUOTE || d->text.toks[i].qkind == QK_CLOSE)
			continue;
		for (j = i + 1; j < d->text.ntoks && j <= i + 6; j++)
			if (d->text.toks[j].type == TK_QUOTE)
				break;
		if (j < d->text.ntoks && j <= i + 6 && d->text.toks[j].qkind != QK_OPEN && j > i + 1 &&
			(d->text.toks[i + 1].flags & TF_CAP))
		{
			int			k;

			for (k = i + 1; k < j; k++)
				d->tokquoted[k] = 1;
			i = j;
		}
	}
}

/*
 * "Асии Биби" at the start of a sentence: a person already named in the
 * story, whose given name the first word is a form of.
 */
static int
known_person_at(const dx_doc *d, int first, int tok)
{
	const char *low = d->text.toks[tok].low;
	size_t		k,
				plen = dx_prefix_len(low);

	/*
	 * a surname the word starts with shares its first four bytes, or is
	 * one of its first bytes (a short surname)
	 */
	for (k = 1; k <= plen; k++)
	{
		int			n,
					x;
		const int  *ids = dx_ix_get(d, DX_IX_PREFIX, low, k, &n);

		for (x = 0; x < n && x < DX_IX_SCAN; x++)
		{
			const dx_ent *e = &d->ents[ids[x]];

			if (e->kind == DX_PERSON && e->surname && e->given && strlen(e->given) >= 6 &&
				dx_startswith(d->text.toks[tok].low, e->surname) &&
				strlen(d->text.toks[tok].low) <= strlen(e->surname) + 4 &&
				strncmp(d->text.toks[first].low, e->given, strlen(e->given) - 2) == 0)
				return 1;
		}
	}
	return 0;
}

/*
 * At the start of a sentence or a list item any word is capitalised; a word
 * the dictionary does not know as a common word, before a surname of an ending only
 * surnames have (Бадри Патаркацишвили, Гиорги Маисашвили), is a given name.
 */
static int	common_word_only(const dx_doc *d, int i);

static int
unknown_before_surname(const dx_doc *d, int i, int s)
{
	return dx_surname_only_ending(d->text.toks[s].low) && (d->text.toks[i].flags & TF_CYR) &&
		common_word_only(d, i) == 0;
}

/* a link of an Arabic name, a word of its own: бен, бинт, Аль (not аль-Масри) */
static int
name_link_at(const dx_doc *d, int i)
{
	return i >= 0 && i + 1 < d->text.ntoks && d->text.toks[i].type == TK_WORD &&
		dx_tok_has_cue(d, i, CUE_NAME_LINK) && (d->text.toks[i + 1].flags & TF_SPACE);
}

/* two lower-case given names alike but for э, е and ё (Дэвид, Девид) */
static int
given_spelt_alike(const char *a, const char *b)
{
	while (*a && *b)
	{
		if (strncmp(a, b, 2) == 0 || (dx_letter_e_like(a) && dx_letter_e_like(b)))
		{
			if ((unsigned char) *a < 0x80)
			{
				a++;
				b++;
				continue;
			}
			a += 2;
			b += 2;
			continue;
		}
		return 0;
	}
	return *a == '\0' && *b == '\0';
}

/* words of transliterated company names: Газ Маркетинг, Энерджи Менеджмент */
static int
company_word(const char *low)
{
	return dx_company_word_ending(low);
}

/* a form of a generic organisation noun: Центра, Содружества */
static int
org_type_word(const dx_doc *d, int tok)
{
	int			k;

	for (k = dx_tpost(d, tok); k >= 0; k = d->lex->posts[k].next)
		if (d->lex->entries[d->lex->posts[k].entry].kind == LK_ORG_TYPE)
			return 1;
	return 0;
}

/* a capitalised word, maybe hyphenated (Касым-Жомарт); returns end or -1 */
/* a particle of a surname: Ле Пен, фон дер Ляйен, де Мистура, ван Ромпей */
/* the most particles and hyphenated parts of one name word */
#define NAME_PARTICLES	4
#define NAME_PARTS		8

static int
name_particle(const dx_doc *d, int i)
{
	int			k;

	/*
	 * particles before a name word: "ван дер", "де ла"; a name has a few at
	 * most (a text of thousands of them once recursed as deep as it was
	 * long and overflowed the stack)
	 */
	/*
	 * "Бен ван Берден", "Бен Аффлек": a given name spelt as a particle,
	 * capitalised, opens the name ("Усама Бен Ладен" goes on from one; a
	 * word opening the sentence that the dictionary knows as a common word
	 * is none: "Вчера Бен Аффлек")
	 */
	if (i < d->text.ntoks && (d->text.toks[i].flags & TF_CAP) && dx_tok_entry_kind(d, i, LK_GIVEN) >= 0 &&
		!(i > 0 && dx_is_cap_word(d, i - 1) && (d->text.toks[i - 1].flags & TF_CYR) &&
		  d->text.toks[i - 1].sent == d->text.toks[i].sent &&
		  (!(d->text.toks[i - 1].flags & TF_FIRST) || common_word_only(d, i - 1) == 0)))
		return 0;
	for (k = 0; k < NAME_PARTICLES; k++, i++)
	{
		const dx_tok *t = &d->text.toks[i];

		if (!(i + 1 < d->text.ntoks && t->type == TK_WORD && t->nchars <= 5 &&
			  (dx_tok_has_cue(d, i, CUE_NAME_PARTICLE) || dx_tok_has_cue(d, i, CUE_NAME_LINK)) &&
			  (d->text.toks[i + 1].flags & TF_SPACE) && d->tokspan[i] < 0))
			return 0;
		if (dx_name_free(d, i + 1))
			return 1;
	}
	return 0;
}

/* a regnal number after a name: Альберт II, Карл Густав XVI, Пётр I */
static int
regnal_number(const dx_doc *d, int i)
{
	const dx_tok *t;
	const char *c;

	if (i <= 0 || i >= d->text.ntoks)
		return 0;
	t = &d->text.toks[i];
	if (t->type != TK_WORD || !(t->flags & TF_LAT) || !(t->flags & TF_CAP) || !(t->flags & TF_SPACE) ||
		t->nchars > 6 || !(d->text.toks[i - 1].flags & TF_CYR))
		return 0;
	for (c = d->text.src + t->b0; c < d->text.src + t->b1; c++)
		if (*c != 'I' && *c != 'V' && *c != 'X' && *c != 'L')
			return 0;
	return 1;
}

/* name, and the regnal number at token i after it if there is one */
static const char *
with_regnal(dx_doc *d, const char *name, int i)
{
	dx_buf		b;

	if (!regnal_number(d, i))
		return name;
	dx_buf_init(&b, d->a);
	dx_buf_adds(&b, name);
	dx_buf_addc(&b, ' ');
	dx_buf_adds(&b, dx_tokens_text(d, i, i + 1));
	return dx_strdup(d->a, dx_buf_str(&b));
}

/*
 * An Arabic article joined by a hyphen to a name word: уль-Малук, аль-Хашими,
 * эд-Дин (a short lower-case word starting with a vowel, then a hyphen and a
 * capitalised name word, no spaces between).
 */
static int
arabic_article(const dx_doc *d, int i)
{
	const dx_tok *t = d->text.toks;
	const char *low;

	if (i < 0 || i + 2 >= d->text.ntoks || t[i].type != TK_WORD || (t[i].flags & TF_CAP) ||
		!(t[i].flags & TF_CYR) || t[i].nchars > 3 || t[i].nchars < 2 || t[i + 1].type != TK_HYPHEN ||
		(t[i + 1].flags & TF_SPACE) || (t[i + 2].flags & TF_SPACE) || !dx_name_free(d, i + 2))
		return 0;
	low = t[i].low;
	return dx_arabic_article_form(low);
}

static int
read_nameword(const dx_doc *d, int i)
{
	int			end;

	if (i < d->text.ntoks && name_particle(d, i))
		return read_nameword(d, i + 1);
	if (arabic_article(d, i))
		end = i + 3;			/* уль-Малук, аль-Хашими */
	else if (!dx_name_free(d, i))
		return -1;
	else
		end = i + 1;
	/* Нур-уль-Хак, Абд-эль-Азиз: a few parts, not a chain of thousands */
	while (end - i < 2 * NAME_PARTS)
	{
		const dx_tok *t = d->text.toks;
		int			n = d->text.ntoks;

		if (end + 1 < n && t[end].type == TK_HYPHEN && t[end + 1].type == TK_WORD &&
			(t[end + 1].flags & TF_CAP) && !(t[end + 1].flags & TF_SPACE))
			end += 2;
		/* particles: Нур-уль-Хак, Абд-эль-Азиз */
		else if (end + 3 < n && t[end].type == TK_HYPHEN && t[end + 1].type == TK_WORD &&
				 t[end + 1].nchars <= 3 && !(t[end + 1].flags & TF_CAP) &&
				 t[end + 2].type == TK_HYPHEN && t[end + 3].type == TK_WORD &&
				 (t[end + 3].flags & TF_CAP))
			end += 4;
		else
			break;
	}
	return end;
}

/* the gender of given-name entry e (its code "f..." or "m..."), or 0 */
int
dx_given_gender(const dx_doc *d, int e)
{
	const char *c = dx_entry(d, e)->code;

	if (c && c[0] == 'f')
		return DX_FEM;
	if (c && c[0] == 'm')
		return DX_MASC;
	return 0;
}

/* the given-name word at token i is not in the nominative: its nominative differs */
static int
last_declines(dx_doc *d, int i, int gender, int gcase)
{
	const dx_tok *t = &d->text.toks[i];
	char	   *surf = dx_strndup(d->a, d->text.src + t->b0, t->b1 - t->b0);
	const char *nom;

	if (surf == NULL || t->type != TK_WORD || gcase == DX_UNK || gcase == DX_NOM)
		return 0;
	nom = dx_name_nominative(d->a, surf, gender, gcase, 0);
	return nom != NULL && strcmp(nom, surf) != 0;
}

static int	dict_analyses(const dx_doc *d, int i, uint64_t need, int guess, dx_ocparse *out, int max);

/*
 * A man's surname at token i in case gcase, which his given name shows,
 * read as one that declines like a feminine noun in -а, -я (Ивана Ямаду,
 * Хуана Гарсию, Хуаном Гарсией): its nominative, spelt as written; NULL
 * when its ending is not only that declension's, or the dictionary knows
 * the word as one that does not decline (Шойгу)
 */
static const char *
man_a_surname(dx_doc *d, int i, int gender, int gcase)
{
	const dx_tok *t = &d->text.toks[i];
	dx_ocparse	p[32];
	int			n,
				k;

	if (gender != DX_MASC || t->type != TK_WORD || !(t->flags & TF_CYR) ||
		dx_man_a_surname_nominative(d->a, t->low, gcase) == NULL)
		return NULL;
	n = dict_analyses(d, i, 0, 0, p, 32);
	for (k = 0; k < n; k++)
		if (p[k].gram & DX_G(Fixd))
			return NULL;
	return dx_man_a_surname_nominative(d->a, dx_strndup(d->a, d->text.src + t->b0, t->b1 - t->b0), gcase);
}

/* nominative of a name word spread over tokens [t0, t1) */
static const char *
nameword_nominative(dx_doc *d, int t0, int t1, int gender, int gcase, int surname)
{
	dx_buf		b;
	int			i;

	dx_buf_init(&b, d->a);
	for (i = t0; i < t1; i++)
	{
		const dx_tok *t = &d->text.toks[i];
		char	   *surf = dx_strndup(d->a, d->text.src + t->b0, t->b1 - t->b0);

		if (t->type == TK_HYPHEN)
		{
			dx_buf_addc(&b, '-');
			continue;
		}
		if (surf == NULL)
			return NULL;
		if (i > t0 && (t->flags & TF_SPACE))
			dx_buf_addc(&b, ' ');
		/*
		 * inside a hyphenated given name a part declines only as the last one
		 * does (Эвой-Марией -> Эва-Мария, Касым-Жомарта -> Касым-Жомарт);
		 * particles never
		 */
		if (i + 1 < t1 && !surname && !name_particle(d, i) && last_declines(d, t1 - 1, gender, gcase))
			dx_buf_adds(&b, dx_name_nominative(d->a, surf, gender, gcase, 0));
		else if ((i + 1 < t1 && !surname) || name_particle(d, i))
			dx_buf_adds(&b, surf);
		else if (!surname && gcase == DX_UNK && gender == 0 && dx_ia_name_nominative(d->a, surf) != NULL)
			dx_buf_adds(&b, dx_ia_name_nominative(d->a, surf));	/* Асии, Асие, Асию -> Асия */
		else if (surname && i + 1 == t1 && man_a_surname(d, i, gender, gcase) != NULL)
			dx_buf_adds(&b, man_a_surname(d, i, gender, gcase));	/* Ивана Ямаду -> Ямада */
		else
			dx_buf_adds(&b, dx_name_nominative(d->a, surf, gender, gcase, surname));
	}
	return dx_strdup(d->a, dx_buf_str(&b));
}

/* lower-case copy */
static const char *lower(dx_doc *d, const char *s);

/*
 * The dictionary for Russian names (see morph.h): a case grammeme as DX_NOM..
 * DX_PREP, a gender grammeme as DX_MASC or DX_FEM.
 */
static int
oc_case(uint64_t g)
{
	if (g & DX_G(nomn))
		return DX_NOM;
	if (g & (DX_G(gent) | DX_G(gen2)))
		return DX_GEN;
	if (g & DX_G(datv))
		return DX_DAT;
	if (g & (DX_G(accs) | DX_G(acc2)))
		return DX_ACC;
	if (g & DX_G(ablt))
		return DX_INS;
	if (g & (DX_G(loct) | DX_G(loc2)))
		return DX_PREP;
	return DX_UNK;
}

static int
oc_gender(uint64_t g)
{
	return (g & DX_G(femn)) ? DX_FEM : (g & DX_G(masc)) ? DX_MASC : 0;
}

/* the analyses of token i with every grammeme of need, known words only unless guess */
static int
dict_analyses(const dx_doc *d, int i, uint64_t need, int guess, dx_ocparse *out, int max)
{
	dx_ocparse	p[32];
	const dx_tok *t = &d->text.toks[i];
	int			n,
				k,
				m = 0;

	if (t->type != TK_WORD || !(t->flags & TF_CYR) || (t->flags & TF_LAT))
		return 0;
	n = dx_morph_analyse(d->lex, d->text.src + t->b0, t->b1 - t->b0, p, 32);
	for (k = 0; k < n && m < max; k++)
		if ((p[k].gram & need) == need && (guess || !p[k].predicted) &&
			(need == 0 || oc_case(p[k].gram) != DX_UNK))
			out[m++] = p[k];
	return m;
}

/*
 * How the dictionary knows token i: 0 not at all (or only by a guess from its
 * ending, or as a proper noun: Name, Surn, Patr, Geox, Orgn); 1 only as a
 * common word; 2 only as a verb, an adverb, a preposition, a conjunction, a
 * particle or a pronoun (Заявил, Вчера, Когда).
 */
static int
common_word_only(const dx_doc *d, int i)
{
	dx_ocparse	p[32];
	const uint64_t closed = DX_G(VERB) | DX_G(INFN) | DX_G(GRND) | DX_G(ADVB) | DX_G(PRED) |
		DX_G(PREP) | DX_G(CONJ) | DX_G(PRCL) | DX_G(INTJ) | DX_G(NPRO);
	int			n = dict_analyses(d, i, 0, 1, p, 32),
				k,
				open_class = 0;

	if (n <= 0)
		return 0;
	for (k = 0; k < n; k++)
	{
		if (p[k].predicted || (p[k].gram & (DX_G_NAMES | DX_G(Abbr) | DX_G(Init))))
			return 0;
		if (!(p[k].gram & closed))
			open_class = 1;
	}
	return open_class ? 1 : 2;
}

/*
 * A surname written in an oblique case that the story gives in the
 * nominative for a person already named (Р.Мердока after Руперт Мердок):
 * that nominative, spelt with the written capital; else surname itself.
 */
static const char *
story_surname(dx_doc *d, const char *surname)
{
	const char *sl = lower(d, surname);
	int			n,
				x;

	if (sl == NULL || (dx_ix_get(d, DX_IX_SURNAME, sl, strlen(sl), &n) != NULL && n > 0))
		return surname;
	{
		size_t		cut = dx_surname_oblique_ending(sl);
		const int  *ids;
		char	   *stem;

		if (cut == 0 || dx_utf8_chars(sl) < 5)
			return surname;
		stem = dx_strndup(d->a, sl, strlen(sl) - cut);
		if (stem == NULL)
			return surname;
		ids = dx_ix_get(d, DX_IX_SURNAME, stem, strlen(stem), &n);
		for (x = 0; ids && x < n; x++)
			if (d->ents[ids[x]].kind == DX_PERSON && d->ents[ids[x]].surname &&
				strcmp(d->ents[ids[x]].surname, stem) == 0)
			{
				char	   *out = dx_strndup(d->a, surname, strlen(surname) - cut);

				return out ? out : surname;
			}
	}
	return surname;
}

/*
 * The nominative of analysis p of the word at token i, spelt as the text
 * spells it (its capital, е or ё where the text has them: Федор stays
 * Федор); NULL when the form is not the written word with another ending
 * (the dictionary's Анатолиевич for Анатольевичем).
 */
static const char *
dict_form(const dx_doc *d, int i, const dx_ocparse *p)
{
	const dx_tok *t = &d->text.toks[i];
	char		buf[256];
	int			r = dx_ocdict_inflect(dx_morph_dict(d->lex), p, DX_G(nomn),
									  DX_G_POS | DX_G_GENDERS | DX_G_NUMBERS | DX_G_NAMES,
									  buf, sizeof buf);
	const char *w = d->text.src + t->b0;
	size_t		wl = t->b1 - t->b0,
				k = 0;
	char	   *out;
	int			same = 0,
				nw = 0,
				no = 0;

	if (r <= 0 || (out = dx_strdup(d->a, buf)) == NULL)
		return NULL;
	/* walk the two words letter by letter while they agree, е and ё alike */
	while (k + 1 < wl && k + 1 < (size_t) r)
	{
		const char *lw = lower((dx_doc *) d, dx_strndup(d->a, w + k, 2));
		int			yo_w = dx_letter_e_or_yo(lw);
		int			yo_o = dx_letter_e_or_yo(out + k);

		if ((unsigned char) w[k] < 0xC0 || (unsigned char) out[k] < 0xC0)
			break;
		if (!(yo_w && yo_o) && strncmp(lw, out + k, 2) != 0)
			break;
		memcpy(out + k, w + k, 2);	/* the letter as written */
		k += 2;
		same++;
	}
	nw = dx_utf8_chars(dx_strndup(d->a, w, wl));
	no = dx_utf8_chars(out);
	/*
	 * at most three letters of ending differ on either side, and three at
	 * least are the same, or all of a short nominative's but its ending
	 * (Ису, Исой: Иса)
	 */
	if ((same < 3 && same < no - 1) || nw - same > 3 || no - same > 3)
		return NULL;
	return out;
}

/*
 * A given name the dictionary knows at token gi (one word), read in the case
 * and gender that agree with a surname analysis of the one-word surname at
 * si (-1: none).  Gives the nominative, the gender and the case.  Returns 3
 * when one reading agrees with a surname the dictionary knows, 2 with one it
 * guesses, 1 when the word can be read only one way and nothing disagrees,
 * 0 otherwise (not a given name it knows, readings left open).
 */
static int
dict_given(const dx_doc *d, int gi, int si, const char **nom, int *gender, int *gcase)
{
	dx_ocparse	g[16],
				s[16],
				all[32];
	int			ng = dict_analyses(d, gi, DX_G(Name) | DX_G(sing), 0, g, 16),
				ns = 0,
				k,
				j,
				pick = -1,
				known = 0,
				surn = 0,
				res;
	const char *out;

	if (ng == 0)
		return 0;
	/* the next word read as a surname, a patronymic, else any noun */
	if (si >= 0 && (ns = dict_analyses(d, si, DX_G(Surn) | DX_G(sing), 1, s, 16)) == 0 &&
		(ns = dict_analyses(d, si, DX_G(Patr) | DX_G(sing), 1, s, 16)) == 0)
		ns = dict_analyses(d, si, DX_G(NOUN) | DX_G(sing), 1, s, 16);
	else
		surn = ns > 0;
	for (k = 0; k < ng; k++)
		for (j = 0; j < ns; j++)
			if (oc_case(g[k].gram) == oc_case(s[j].gram) && oc_gender(g[k].gram) == oc_gender(s[j].gram))
			{
				if (pick < 0)
				{
					pick = k;
					known = !s[j].predicted;
				}
				else if (oc_gender(g[k].gram) != oc_gender(g[pick].gram))
					return 0;	/* Александра Дмитриева: a man's and a woman's name agree */
			}
	if (pick >= 0)
		res = known ? 3 : 2;
	else
	{
		/*
		 * no agreement to go by: only a word with no other reading
		 * (Катериной), before a surname the dictionary does not know
		 */
		for (j = 0; j < ns; j++)
			if (!s[j].predicted)
				return 0;
		if (dict_analyses(d, gi, 0, 0, all, 32) != ng)
			return 0;
		for (k = 1; k < ng; k++)
			if (oc_case(g[k].gram) != oc_case(g[0].gram) || oc_gender(g[k].gram) != oc_gender(g[0].gram))
				return 0;
		pick = 0;
		res = 1;
	}
	/* an indeclinable name (Тони, Асие) has its case from a surname only */
	if ((g[pick].gram & DX_G(Fixd)) && !(res >= 2 && surn))
		return 0;
	out = dict_form(d, gi, &g[pick]);
	if (out == NULL)
		return 0;
	*nom = out;
	*gender = oc_gender(g[pick].gram);
	*gcase = oc_case(g[pick].gram);
	return res;
}

/*
 * The nominative of a one-word surname (need DX_G(Surn)) or patronymic
 * (DX_G(Patr)) at token si the dictionary knows (not guessed) in the given
 * case and gender (Лаврову, FEM, ACC -> Лаврова), NULL when it does not.
 */
static const char *
dict_surname(const dx_doc *d, int si, uint64_t need, int gender, int gcase)
{
	dx_ocparse	s[16];
	int			ns,
				k;

	if (gender == 0 || gcase == DX_UNK)
		return NULL;
	ns = dict_analyses(d, si, need | DX_G(sing), 0, s, 16);
	for (k = 0; k < ns; k++)
		if (oc_case(s[k].gram) == gcase && oc_gender(s[k].gram) == gender)
			return dict_form(d, si, &s[k]);
	return NULL;
}

/*
 * A given name alone at i, in the nominative, names a person of its own:
 * inside a sentence, a word the dictionary knows as no common word (not
 * Роман, Вера, Лев), no place, and no part of a longer capitalised phrase
 */
static int
given_only_name(const dx_doc *d, int i)
{
	const dx_tok *t = d->text.toks;
	dx_ocparse	p[32];
	int			n,
				k;

	if (i == 0 || (t[i].flags & TF_NL) || dx_sentence_start(d, i) == i || t[i - 1].type == TK_QUOTE ||
		d->tokquoted[i] || (t[i - 1].type == TK_WORD && (t[i - 1].flags & TF_CAP)) ||
		(t[i - 1].type == TK_HYPHEN && !(t[i].flags & TF_SPACE)) ||
		(i + 1 < d->text.ntoks && t[i + 1].type == TK_HYPHEN && !(t[i + 1].flags & TF_SPACE)) ||
		(i + 1 < d->text.ntoks && t[i + 1].type == TK_WORD && (t[i + 1].flags & TF_CAP)))
		return 0;				/* Фото: Алексей БУЛАТОВ */
	/* Борис и Марина Ходорковские: the first of two given names that share a surname */
	if (i + 2 < d->text.ntoks && t[i + 1].type == TK_WORD && t[i + 1].nchars == 1 &&
		!(t[i + 1].flags & TF_CAP) && dx_tok_entry_kind(d, i + 2, LK_GIVEN) >= 0)
		return 0;
	n = dict_analyses(d, i, 0, 0, p, 32);
	for (k = 0; k < n; k++)
		if (!(p[k].gram & DX_G_NAMES))
			return 0;
	return 1;
}

/*
 * "Премьер-министр благодарит Бориса": a given name alone, not before a
 * surname, for the one person of the story with that given name.
 */
static void
given_name_alone(dx_doc *d, int i)
{
	int			g = dx_tok_entry_kind(d, i, LK_GIVEN),
				j,
				found = -1;
	const char *gl;

	if (g < 0 || dx_name_free(d, i + 1) || (i + 1 < d->text.ntoks && d->tokperson[i + 1] >= 0))
		return;
	gl = lower(d, dx_entry(d, g)->name);
	{
		int			n,
					x;
		const int  *ids = dx_ix_get(d, DX_IX_GIVEN, gl, strlen(gl), &n);

		for (x = 0; x < n; x++)
		{
			const dx_ent *e = &d->ents[ids[x]];

			j = ids[x];
			/* an entity stays listed under a given name it had before */
			if (e->kind != DX_PERSON || e->given == NULL || e->surname == NULL || strcmp(e->given, gl) != 0 ||
				j == found)
				continue;
			if (found >= 0)
				return;			/* two people of that name: unclear */
			found = j;
		}
	}
	if (found >= 0)
		dx_add_mention(d, i, i + 1, DX_PERSON, DX_FORM_NAME, dx_entry(d, g)->name, found);
	else if (found < 0 && strcmp(gl, d->text.toks[i].low) == 0 && dx_span_kind_at(d, i) == LK_NONE &&
			 given_only_name(d, i))
	{
		/* "Марк, рабочий из цеха, рассказал": a person the story names by the given name only */
		const char *nom = dx_entry(d, g)->name;
		int			ent = dx_entity_by_name(d, DX_PERSON, nom);

		if (ent < 0)
			ent = dx_person_entity(d, nom, gl, NULL, dx_given_gender(d, g));
		if (ent >= 0)
			dx_add_mention(d, i, i + 1, DX_PERSON, DX_FORM_NAME, nom, ent);
	}
}

static const char *
lower(dx_doc *d, const char *s)
{
	int			n;

	/* a word not made when the arena ran out of its budget */
	return s ? dx_normalize(d->a, s, strlen(s), &n) : NULL;
}

/*
 * Find or make the person entity for a full or partial name.  surname is
 * the nominative surname, given the nominative given name or NULL.
 */

/* a is the first word or words of b: Реджеп of Реджеп Тайип */
static int
first_words_of(const char *a, const char *b)
{
	size_t		n = strlen(a);

	return n < strlen(b) && strncmp(a, b, n) == 0 && b[n] == ' ';
}

/*
 * Given name a is the short form of b that b starts with, of three letters
 * or more and two letters shorter at least (Джо of Джозеф, Алекс of
 * Александр; not Ян of Яна)
 */
static int
short_given_of(const char *a, const char *b)
{
	size_t		na = dx_utf8_chars(a),
				nb = dx_utf8_chars(b);

	return na >= 3 && nb >= na + 2 && dx_startswith(b, a) && strchr(b, ' ') == NULL;
}

int
dx_person_entity(dx_doc *d, const char *full, const char *surname, const char *given, int gender)
{
	const char *sl = lower(d, surname);
	const char *gl = given ? lower(d, given) : NULL;
	int			i,
				n,
				x;
	const int  *ids = sl ? dx_ix_get(d, DX_IX_SURNAME, sl, strlen(sl), &n) : NULL;

	if (sl == NULL)
		n = 0;
	for (x = 0; x < n && x < DX_IX_SCAN; x++)
	{
		dx_ent	   *e = &d->ents[ids[x]];

		i = ids[x];

		if (e->kind != DX_PERSON || e->surname == NULL)
			continue;
		if (strcmp(e->surname, sl) != 0)
			continue;
		if (gl && e->given && strcmp(gl, e->given) != 0 &&
			!(strlen(gl) <= 3 && dx_startswith(e->given, gl)) &&
			!(strlen(e->given) <= 3 && dx_startswith(gl, e->given)) &&
			!dx_given_case_form(gl, e->given) && !dx_given_case_form(e->given, gl) &&
			!first_words_of(gl, e->given) && !first_words_of(e->given, gl) &&
			!short_given_of(gl, e->given) && !short_given_of(e->given, gl))
			continue;
		/* Ян Коваль и Яна Коваль: a man and a woman of one surname */
		if (gl && e->given && strcmp(gl, e->given) != 0 && gender && e->gender && gender != e->gender)
			continue;
		/* an unknown given name met in an oblique case first: Фавада, then Фавад */
		if (gl && e->given && dx_given_case_form(e->given, gl))
		{
			e->given = gl;
			dx_ix_add(d, DX_IX_GIVEN, gl, strlen(gl), i);
			dx_add_alias(d, e, e->name);
			dx_set_entity_name(d, i, full);
		}
		/* the fuller name wins */
		else if (gl && (e->given == NULL || (strlen(e->given) < strlen(gl) && !dx_given_case_form(gl, e->given))))
		{
			e->given = gl;
			dx_ix_add(d, DX_IX_GIVEN, gl, strlen(gl), i);
			dx_add_alias(d, e, e->name);
			dx_set_entity_name(d, i, full);
		}
		if (!e->gender)
			e->gender = gender;
		return i;
	}
	i = dx_new_entity(d, DX_PERSON, full);
	if (i >= 0)
	{
		d->ents[i].surname = sl;
		d->ents[i].given = gl;
		d->ents[i].gender = gender;
		if (sl)
		{
			dx_ix_add(d, DX_IX_SURNAME, sl, strlen(sl), i);
			dx_ix_add(d, DX_IX_PREFIX, sl, dx_prefix_len(sl), i);
		}
		if (gl)
			dx_ix_add(d, DX_IX_GIVEN, gl, strlen(gl), i);
	}
	return i;
}

/*
 * Among the lexicon rows of one person (one row per office held), the one in
 * office on the article's date; without a date, the office held now (open),
 * else the latest.  The rows of a term are chained at load time.
 */
/*
 * The years a story without a date writes as years ("в 2015 году", "в
 * марте 2015 года", "2015 г."), not as a target ("к 2030 году", "до 2025
 * года"): sixteen at most, latest first; read once, in one pass over the text.
 */
static int
story_years(dx_doc *d)
{
	const dx_tok *t = d->text.toks;
	int			n = d->text.ntoks,
				j,
				k,
				m;

	if (d->nstory_years >= 0)
		return d->nstory_years;
	d->nstory_years = 0;
	for (j = 0; j + 1 < n && !DX_POLL(d, j); j++)
	{
		int			y = dx_year_of(&t[j]);

		if (y < 1900 || y > 2100 || !dx_tok_has_cue(d, j + 1, CUE_YEAR_WORD) ||
			(j > 0 && (dx_tok_gram(d, j - 1) & (GR_P_K | GR_P_DO))))
			continue;
		m = d->nstory_years;
		for (k = 0; k < m && d->story_years[k] > y; k++)
			;
		if (k < m && d->story_years[k] == y)
			continue;
		if (m == (int) (sizeof(d->story_years) / sizeof(d->story_years[0])))
		{
			if (k == m)
				continue;		/* older than all sixteen kept */
			m--;
		}
		memmove(&d->story_years[k + 1], &d->story_years[k], (size_t) (m - k) * sizeof(d->story_years[0]));
		d->story_years[k] = (short) y;
		d->nstory_years = m + 1;
	}
	return d->nstory_years;
}

/* was lexicon row o in office on date (yyyymmdd), or, when year is set, at some time of that year? */
static int
row_in_office(const lex_entry *o, int date, int year)
{
	int			from = year ? year * 10000 + 1231 : date,
				to = year ? year * 10000 + 101 : date;

	return (o->valid_from == 0 || o->valid_from <= from) && (o->valid_to == 0 || to <= o->valid_to);
}

/*
 * Among the rows of a person of the lexicon, the one in office in the
 * latest year the story writes that one is; -1 when the story writes years
 * and none was, -2 when it writes none (then the latest office stays: a
 * story may write only years of its past).
 */
static int
row_of_story_years(dx_doc *d, int e0)
{
	int			k,
				i;

	if (story_years(d) == 0)
		return -2;
	for (k = 0; k < d->nstory_years; k++)
		for (i = d->lex->entries[e0].first_same; i >= 0; i = d->lex->entries[i].next_same)
			if (row_in_office(&d->lex->entries[i], 0, d->story_years[k]))
				return i;
	return -1;
}

/*
 * Was lexicon row le in office when the story was written: on the article's
 * date, or in one of the years the story writes; yes when neither is known.
 */
int
dx_row_in_story_time(dx_doc *d, const lex_entry *le)
{
	int			k;

	if (d->published)
		return row_in_office(le, d->published, 0);
	if (story_years(d) == 0)
		return 1;
	for (k = 0; k < d->nstory_years; k++)
		if (row_in_office(le, 0, d->story_years[k]))
			return 1;
	return 0;
}

static int
lexicon_person_by_date(dx_doc *d, int e0)
{
	int			i,
				best = e0;
	int			date = d->published;
	int			first = d->lex->entries[e0].first_same;
	int			by_years = date == 0 ? row_of_story_years(d, e0) : -1;

	/* no date: the years the story writes tell it */
	if (by_years >= 0)
		return by_years;

	for (i = first; i >= 0; i = d->lex->entries[i].next_same)
	{
		const lex_entry *o = &d->lex->entries[i];
		const lex_entry *b = dx_entry(d, best);

		if (date == 0)
		{
			if ((o->valid_to == 0 && b->valid_to != 0) ||
				((o->valid_to == 0) == (b->valid_to == 0) && o->valid_from > b->valid_from))
				best = i;
			continue;
		}
		if (row_in_office(o, date, 0))
			return i;
	}
	return best;
}

/* a lexicon person matched in the text: [t0, t1) */
/*
 * The gender of a person the lexicon lists: that of the given name's row
 * (Урсула f, Мустафа m), else what a Russian surname shows (Захарова).
 */
static int
lexicon_gender(dx_doc *d, const char *given, const char *surname)
{
	if (given)
	{
		const char *first = lower(d, given);
		const char *sp = strchr(first, ' ');
		int			len = sp ? (int) (sp - first) : (int) strlen(first);
		int			k;

		for (k = dx_lex_lookup(d->lex, first, len); k >= 0; k = d->lex->posts[k].next)
		{
			const lex_entry *e = &d->lex->entries[d->lex->posts[k].entry];

			if (e->kind == LK_GIVEN && e->nw == 1 && e->code)
				return e->code[0] == 'f' ? DX_FEM : DX_MASC;
		}
	}
	{
		const char *sl = lower(d, surname);

		if (dx_surname_feminine(sl))
			return DX_FEM;
	}
	return DX_MASC;
}

/* the first three letters of two words agree (Каталин, Каталины) */
static int
same_name_start(const char *a, const char *b)
{
	int			k,
				chars = 0;

	for (k = 0; a[k] && a[k] == b[k]; k++)
		if (((unsigned char) a[k] & 0xC0) != 0x80 && ++chars > 3)
			return 1;
	/* all of a shorter word, or three whole letters */
	return a[k] == b[k] || (chars == 3 && ((unsigned char) a[k] & 0xC0) != 0x80);
}

/* the lower-case given name of a lexicon person's name "Каталин Новак", NULL when it has none */
static const char *
lexicon_given(dx_doc *d, const lex_entry *le)
{
	const char *sp = strchr(le->name, ' ');

	return sp ? lower(d, dx_strndup(d->a, le->name, sp - le->name)) : NULL;
}

/* add value v to the list of key name under DX_IX_STORY_SURNAME, once */
static void
story_surname_add(dx_doc *d, const char *name, int v)
{
	int			x,
				k;
	const int  *ids = dx_ix_get(d, DX_IX_STORY_SURNAME, name, strlen(name), &x);

	for (k = 0; k < x; k++)
		if (ids[k] == v)
			return;
	dx_ix_add(d, DX_IX_STORY_SURNAME, name, strlen(name), v);
}

/*
 * One pass over the story for surname_of_story_person: under each lexicon
 * person's name, 0 when the story names that person (in full, or a given
 * name beginning as the lexicon's before the surname), 1 when it puts
 * another given name before the surname.
 */
static void
story_surnames(dx_doc *d)
{
	int			n = d->text.ntoks,
				k;

	d->story_surnames_done = 1;
	for (k = 1; k < n && !DX_POLL(d, k); k++)
	{
		const dx_tok *t = &d->text.toks[k - 1];
		const lex_entry *le;
		const char *lgiven;
		dx_ocparse	p[8];

		if (d->tokspan[k] < 0 || d->spans[d->tokspan[k]].t0 != k)
			continue;
		if (d->spans[d->tokspan[k]].kind == LK_PERSON)
		{
			story_surname_add(d, dx_entry(d, d->spans[d->tokspan[k]].entry)->name, 0);
			continue;
		}
		if (d->spans[d->tokspan[k]].kind != LK_SURNAME)
			continue;
		if (t->type != TK_WORD || !(t->flags & TF_CAP) || (d->text.toks[k].flags & TF_NL) ||
			(d->tokspan[k - 1] >= 0 && dx_span_kind_at(d, k - 1) != LK_GIVEN))
			continue;
		if (dx_tok_entry_kind(d, k - 1, LK_GIVEN) < 0 &&
			dict_analyses(d, k - 1, DX_G(Name) | DX_G(sing), 0, p, 8) == 0)
			continue;
		le = dx_entry(d, lexicon_person_by_date(d, d->spans[d->tokspan[k]].entry));
		if ((lgiven = lexicon_given(d, le)) == NULL)
			continue;
		/* Каталины Новак: the lexicon's person */
		story_surname_add(d, le->name, same_name_start(t->low, lgiven) ? 0 : 1);
	}
}

/*
 * The story names, with another given name, a person of the surname the
 * lexicon row `entry` (a surname alone) gives (Анджей Новак where the
 * lexicon knows Каталин Новак), and never names the lexicon's person in
 * full: a surname alone is then that person of the story, not the
 * lexicon's.  A given name before a form of the surname is another's when
 * the lexicon's given name does not begin the same way.  The story is read
 * once (story_surnames), whatever number of surnames it has.
 */
static int
surname_of_story_person(dx_doc *d, int entry)
{
	const lex_entry *le = dx_entry(d, lexicon_person_by_date(d, entry));
	const int  *ids;
	int			x,
				k,
				other = 0;

	if (strchr(le->name, ' ') == NULL || lexicon_given(d, le) == NULL)
		return 0;
	if (!d->story_surnames_done)
		story_surnames(d);
	ids = dx_ix_get(d, DX_IX_STORY_SURNAME, le->name, strlen(le->name), &x);
	for (k = 0; k < x; k++)
	{
		if (ids[k] == 0)
			return 0;
		other = 1;
	}
	return other;
}

/*
 * The office span right before token t0 ("посол Иванов"), or before the
 * state, city or region that closes it ("мэр Лондона Хан", *placed set to
 * 1); NULL when there is none.
 */
static const dx_span *
office_over_place(const dx_doc *d, int t0, int *placed)
{
	const dx_span *p;
	int			k;

	*placed = 0;
	if (t0 < 1 || d->tokspan[t0 - 1] < 0)
		return NULL;
	p = &d->spans[d->tokspan[t0 - 1]];
	if (p->t1 != t0)
		return NULL;
	if (p->kind == LK_OFFICE)
		return p;
	if (p->kind != LK_COUNTRY && p->kind != LK_CITY && p->kind != LK_CAPITAL && p->kind != LK_REGION)
		return NULL;
	k = p->t0;
	if (k < 1 || dx_span_kind_at(d, k - 1) != LK_OFFICE || d->spans[d->tokspan[k - 1]].t1 != k)
		return NULL;
	*placed = 1;
	return &d->spans[d->tokspan[k - 1]];
}

/*
 * "Посол Иванов", "Послы Иванов, Кузнецов и Смирнов": a surname alone at
 * t0 that the lexicon's persons of that surname (entry's rows) share,
 * right after an office of a state's class (not other: советник Путина)
 * other than every row's, or after an office of any class and its place
 * (мэр Лондона Хан, not Имран Хан), while the story names none of them in full, nor
 * any of their offices: a person of his own, named by the surname
 */
static int
surname_of_another(const dx_doc *d, int t0, int entry)
{
	const lex_entry *se = dx_entry(d, entry);
	const dx_span *os;
	const char *oclass;
	int			k,
				r,
				placed = 0;

	if (se->kind != LK_SURNAME || (os = office_over_place(d, t0, &placed)) == NULL)
		return 0;
	oclass = dx_entry(d, os->entry)->code;
	/*
	 * an office of class other may be held for someone: советник Путина,
	 * адвокаты Кана; not after its place (мэр Лондона Хан)
	 */
	if (oclass == NULL || (strcmp(oclass, "other") == 0 && !placed))
		return 0;
	for (r = se->first_same; r >= 0; r = dx_entry(d, r)->next_same)
	{
		const lex_entry *le = dx_entry(d, r);

		if (le->role_class == NULL || strcmp(le->role_class, oclass) == 0)
			return 0;
		for (k = 0; k < d->nents; k++)
			if (d->ents[k].kind == DX_PERSON && d->ents[k].name && strcmp(d->ents[k].name, le->name) == 0)
				return 0;
		for (k = 0; k < d->nspans; k++)
			if (d->spans[k].kind == LK_OFFICE && le->role &&
				strcmp(dx_entry(d, d->spans[k].entry)->name, le->role) == 0)
				return 0;
	}
	return 1;
}

/*
 * "Фонд Гейтса", "премия Сахарова", "улице Жукова": a surname alone the
 * lexicon knows, at t0, in an oblique form of the genitive's ending, right
 * after a noun of things and bodies named after persons: the thing's name,
 * not the lexicon's person, while the story names none of the lexicon's
 * persons of that surname in full ("Указ Путина", "план Байдена" are
 * their acts, and stay).
 */
static int
surname_of_a_named_thing(dx_doc *d, int t0, int t1, int entry)
{
	const lex_entry *se = dx_entry(d, entry);
	const dx_tok *t = d->text.toks;
	int			k,
				r;

	if (se->kind != LK_SURNAME || t1 - t0 != 1 || t0 < 1 || !dx_tok_has_cue(d, t0 - 1, CUE_NAMED_FOR) ||
		t[t0 - 1].sent != t[t0].sent || !dx_genitive_form(&t[t0]) || strcmp(t[t0].low, lower(d, se->term)) == 0)
		return 0;
	for (r = se->first_same; r >= 0; r = dx_entry(d, r)->next_same)
		for (k = 0; k < d->nents; k++)
			if (d->ents[k].kind == DX_PERSON && d->ents[k].name &&
				strcmp(d->ents[k].name, dx_entry(d, r)->name) == 0)
				return 0;
	return 1;
}

int
dx_lexicon_person(dx_doc *d, int t0, int t1, int entry)
{
	const lex_entry *le = dx_entry(d, lexicon_person_by_date(d, entry));
	const char *full = le->name;
	const char *sp = strrchr(full, ' ');
	const char *surname = sp ? sp + 1 : full;
	char	   *given;
	int			ent;

	/* the regnal number of Абдалла II alone is no name: органов самоуправления II района */
	if (dx_entry(d, entry)->kind == LK_SURNAME && t1 - t0 == 1 && regnal_number(d, t0))
		return -1;
	/* министр Новак after Анджей Новак: the story's person, not the lexicon's */
	if (dx_entry(d, entry)->kind == LK_SURNAME && surname_of_story_person(d, entry))
		return -1;
	/* "Фонд Гейтса": the body's name */
	if (surname_of_a_named_thing(d, t0, t1, entry))
		return -1;
	given = sp ? dx_strndup(d->a, full, sp - full) : NULL;
	if (t1 - t0 == 1 && surname_of_another(d, t0, entry))
	{
		ent = dx_person_entity(d, surname, lower(d, surname), NULL, lexicon_gender(d, given, surname));
		if (ent >= 0)
			dx_add_mention(d, t0, t1, DX_PERSON, DX_FORM_NAME, surname, ent);
		return ent;
	}
	ent = dx_person_entity(d, full, surname, given, lexicon_gender(d, given, surname));
	if (ent >= 0)
	{
		dx_ent	   *e = &d->ents[ent];
		const char *canon = le->kind == LK_SURNAME ? surname : full;
		const char *term = dx_entry(d, entry)->term;

		if (e->country == NULL)
			e->country = le->country;
		if (e->role == NULL && le->role)
		{
			e->role = le->role;
			e->role_class = le->role_class;
		}

		/*
		 * The mention is the nominative of what the text wrote, the row's
		 * term (Джозефа Байдена -> Джозеф Байден), while the entity takes
		 * the canonical name (Джо Байден); a term that differs from it in
		 * ё alone keeps the canonical spelling (Шредер: Шрёдер).
		 */
		if (strcmp(lower(d, term), lower(d, canon)) == 0)
			term = canon;
		dx_add_mention(d, t0, t1, DX_PERSON, DX_FORM_NAME, term, ent);
	}
	return ent;
}


/* the case a surname shows by an unambiguous ending (Топаловым, Лаврову) */
static int
case_from_surname(const dx_doc *d, int tok)
{
	int			e = read_nameword(d, tok);
	const char *w;

	if (e < 0)
		return DX_UNK;
	w = d->text.toks[e - 1].low;
	return dx_surname_case(w);
}

static int	apposition_case(const dx_doc *d, int i, int *gender);

/*
 * The case of a noun before a name when every reading the dictionary has of
 * it shows one case, in either number (зампредам), else DX_UNK.
 */
static int
one_case_before(const dx_doc *d, int i)
{
	dx_ocparse	p[32];
	int			n,
				k,
				c = DX_UNK;

	if (i < 0 || d->text.toks[i].type != TK_WORD)
		return DX_UNK;
	n = dict_analyses(d, i, 0, 0, p, 32);
	for (k = 0; k < n; k++)
	{
		int			ck = oc_case(p[k].gram);

		if (!(p[k].gram & DX_G(NOUN)) || ck == DX_UNK || (c != DX_UNK && ck != c))
			return DX_UNK;
		c = ck;
	}
	return c;
}

/* does the UTF-8 text of len bytes hold ё or Ё */
static int
has_yo(const char *p, size_t len)
{
	size_t		k;

	for (k = 0; k + 1 < len; k++)
		if (((unsigned char) p[k] == 0xD1 && (unsigned char) p[k + 1] == 0x91) ||
			((unsigned char) p[k] == 0xD0 && (unsigned char) p[k + 1] == 0x81))
			return 1;
	return 0;
}

/* are a and b the same word when ё is read as е */
static int
same_but_yo(const char *a, const char *b)
{
	while (*a && *b)
	{
		if (dx_letter_e_or_yo(a) && dx_letter_e_or_yo(b))
		{
			a += 2;
			b += 2;
			continue;
		}
		if (*a != *b)
			return 0;
		a++;
		b++;
	}
	return *a == *b;
}

/*
 * Алёна and Алена, Семён and Семен are two rows read alike: of the row
 * chosen, the one spelt as the text spells the name (with ё or without).
 */
static int
spelt_as_written(const dx_doc *d, int i, int chosen)
{
	int			cand[8];
	int			n = dx_tok_entries(d, i, LK_GIVEN, cand, 8),
				k;
	const dx_tok *t = &d->text.toks[i];
	const lex_entry *c;
	int			yo = has_yo(d->text.src + t->b0, (size_t) (t->b1 - t->b0));

	if (chosen < 0)
		return chosen;
	c = dx_entry(d, chosen);
	if (has_yo(c->term, strlen(c->term)) == yo)
		return chosen;
	for (k = 0; k < n; k++)
	{
		const lex_entry *o = dx_entry(d, cand[k]);

		if (cand[k] != chosen && has_yo(o->term, strlen(o->term)) == yo &&
			same_but_yo(d->lex->words[o->w0].low, d->lex->words[c->w0].low) &&
			dx_given_gender(d, cand[k]) == dx_given_gender(d, chosen))
			return cand[k];
	}
	return chosen;
}

/*
 * Token v is a lower-case word the dictionary knows (no guess) as a verb in
 * the past tense of a woman, and as nothing else
 */
static int
woman_past_verb(const dx_doc *d, int v)
{
	dx_ocparse	p[8];
	int			n,
				k;

	if (v >= d->text.ntoks || d->text.toks[v].type != TK_WORD || (d->text.toks[v].flags & TF_CAP) ||
		dx_past_gender(d->text.toks[v].low) != DX_FEM || (n = dict_analyses(d, v, 0, 0, p, 8)) == 0)
		return 0;
	for (k = 0; k < n; k++)
		if (!(p[k].gram & DX_G(VERB)) || !(p[k].gram & DX_G(past)) || oc_gender(p[k].gram) != DX_FEM)
			return 0;
	return 1;
}

/*
 * Token k is a lower-case word the dictionary knows (no guess) as a short
 * participle or a short adjective of a woman, and as nothing else:
 * назначена, избрана, готова
 */
static int
woman_short_form(const dx_doc *d, int k)
{
	dx_ocparse	p[8];
	int			n,
				j;

	if (k >= d->text.ntoks || d->text.toks[k].type != TK_WORD || (d->text.toks[k].flags & TF_CAP) ||
		(n = dict_analyses(d, k, 0, 0, p, 8)) == 0)
		return 0;
	for (j = 0; j < n; j++)
		if (!(p[j].gram & (DX_G(PRTS) | DX_G(ADJS))) || !(p[j].gram & DX_G(sing)) ||
			oc_gender(p[j].gram) != DX_FEM)
			return 0;
	return 1;
}

/*
 * The predicate right after a name at token k agrees with a woman: a verb
 * in the past tense (Алена Петрова заявила) or a short participle
 * (Валентина Петрова переизбрана), after a particle, an adverb, an
 * auxiliary or a preposition and its word, four words at most (не была
 * избрана, также заявила, будет назначена, в среду была переизбрана), or
 * after an office in apposition set off by commas (Александра Петрова,
 * министр финансов, заявила), in the name's sentence
 */
static int
woman_predicate_after(const dx_doc *d, int k)
{
	const dx_tok *t = d->text.toks;
	int			end;

	if (k <= 0 || k >= d->text.ntoks)
		return 0;
	/* ", министр финансов Андорры,": an office and its words, up to the next comma */
	if (dx_tok_punct(&t[k], ',') && k + 1 < d->text.ntoks && dx_span_kind_at(d, k + 1) == LK_OFFICE)
	{
		int			c;

		for (c = k + 1; c < d->text.ntoks && c <= k + 8 && t[c].sent == t[k].sent && !dx_tok_punct(&t[c], ','); c++)
			if (t[c].type != TK_WORD)
				return 0;
		if (c >= d->text.ntoks || c > k + 8 || !dx_tok_punct(&t[c], ','))
			return 0;
		k = c + 1;
	}
	for (end = k + 5; k < end && k < d->text.ntoks && t[k].type == TK_WORD && t[k].sent == t[k - 1].sent; k++)
	{
		dx_ocparse	p[8];
		int			n,
					j;

		if (woman_past_verb(d, k) || woman_short_form(d, k))
			return 1;
		if (t[k].flags & TF_CAP)
			return 0;
		if (dx_tok_gram(d, k) & GR_AUX)
			continue;
		/* в среду: a preposition and its word */
		if ((dx_tok_gram(d, k) & GR_PREP) && k + 1 < end && k + 1 < d->text.ntoks && t[k + 1].type == TK_WORD &&
			!(t[k + 1].flags & TF_CAP))
		{
			k++;
			continue;
		}
		if ((n = dict_analyses(d, k, 0, 0, p, 8)) == 0)
			return 0;
		for (j = 0; j < n; j++)
			if (!(p[j].gram & (DX_G(ADVB) | DX_G(PRCL))))
				return 0;
	}
	return 0;
}

/*
 * A word before the name at i in its clause may be the subject the
 * predicate after the name agrees with, the name its possessor: a noun of
 * a woman's gender, or of either, in the nominative singular (пресс-служба
 * Валентина Петрова заявила, вероятность отставки главы области Валентина
 * Петрова стала велика), or она; not an office's words (председатель
 * комитета Валентина Петрова), nor a woman's noun right before the name
 * (художница, in apposition).  A dozen words back at most, not past a
 * comma, a dash or a quotation mark.
 */
static int
subject_before_name(const dx_doc *d, int i)
{
	const dx_tok *t = d->text.toks;
	int			s0 = i > 0 ? dx_sentence_start(d, i - 1) : 0,
				k;

	for (k = i - 1; k >= s0 && k >= i - 12; k--)
	{
		dx_ocparse	p[16];
		int			n,
					j;

		if (t[k].type == TK_DASH || t[k].type == TK_QUOTE || t[k].type == TK_PUNCT)
			return 0;
		if (t[k].type != TK_WORD || (t[k].flags & TF_ALLCAPS) || dx_span_kind_at(d, k) == LK_OFFICE)
			continue;
		n = dict_analyses(d, k, 0, 0, p, 16);
		for (j = 0; j < n; j++)
			if ((p[j].gram & DX_G(nomn)) && !(p[j].gram & (DX_G(plur) | DX_G(Abbr))) &&
				(((p[j].gram & DX_G(NOUN)) && (p[j].gram & (DX_G(femn) | DX_G(Ms_f))) &&
				  !(k == i - 1 && (p[j].gram & DX_G(anim)))) ||
				 ((p[j].gram & DX_G(NPRO)) && (p[j].gram & DX_G(femn)))))
				return 1;
	}
	return 0;
}

/*
 * Token k starts an office whose head is a person's noun only in the
 * nominative (посол, not посла; посол of salting is no person's), the
 * word after a hyphen for one of two parts (вице-премьер)
 */
static int
person_noun_nominative(const dx_doc *d, int k)
{
	dx_ocparse	p[16];
	int			n,
				j;

	if (k + 2 < d->text.ntoks && d->text.toks[k + 1].type == TK_HYPHEN)
		k += 2;
	n = dict_analyses(d, k, DX_G(NOUN) | DX_G(anim) | DX_G(sing), 0, p, 16);
	if (n == 0)
		return 0;
	for (j = 0; j < n; j++)
		if (oc_case(p[j].gram) != DX_NOM)
			return 0;
	return 1;
}

/*
 * "Слово взяла Александра Петрова", "— заявила Александра Петрова",
 * "Министром назначена Евгения Белова": a woman's verb in the past tense
 * or her short participle right before the name, with no word before it
 * in its clause that could be its subject (a noun, a pronoun or a name in
 * the nominative singular of a person's gender): the name is its subject,
 * after it.  Not "Она поддержала Александра Петрова", where the name is
 * the object.  An office in the nominative may stand between the verb and
 * the name (возглавила вице-премьер); a dozen words back at most.
 */
static int
woman_verb_before(const dx_doc *d, int i)
{
	const dx_tok *t = d->text.toks;
	int			v = i - 1,
				s0,
				k;

	/* "возглавила вице-премьер Евгения Белова": an office in the nominative between them */
	if (v > 0 && dx_span_kind_at(d, v) == LK_OFFICE && person_noun_nominative(d, d->spans[d->tokspan[v]].t0))
		v = d->spans[d->tokspan[v]].t0 - 1;
	if (v < 1 || !(woman_past_verb(d, v) || woman_short_form(d, v)) || t[v].sent != t[i].sent)
		return 0;
	s0 = dx_sentence_start(d, v);
	for (k = v - 1; k >= s0 && k >= v - 12; k--)
	{
		dx_ocparse	p[16];
		int			n,
					j;

		/* the clause starts after a dash: «...», — заявила */
		if (t[k].type == TK_DASH || dx_tok_punct(&t[k], ':'))
			return 1;
		/* not the first part of a word of two (Премьер-министром) */
		if (t[k].type != TK_WORD || t[k + 1].type == TK_HYPHEN)
			continue;
		/* a person's name, or a word the dictionary does not know */
		if (d->tokperson[k] >= 0 || (n = dict_analyses(d, k, 0, 0, p, 16)) == 0)
			return 0;
		/* a preposition or a conjunction (Об этом сообщила) is no subject, nor its abbreviation's reading */
		for (j = 0; j < n; j++)
			if (p[j].gram & (DX_G(PREP) | DX_G(CONJ) | DX_G(PRCL)))
				break;
		if (j < n)
			continue;
		/*
		 * a subject a woman's verb agrees with: a noun of her gender, of
		 * either (судья) or of a man's post (министр), a pronoun not of
		 * another gender (она, я); not пост, not оно
		 */
		for (j = 0; j < n; j++)
			if ((p[j].gram & DX_G(nomn)) && !(p[j].gram & (DX_G(plur) | DX_G(Abbr))) &&
				(((p[j].gram & DX_G(NOUN)) &&
				  (p[j].gram & (DX_G(femn) | DX_G(Ms_f) | DX_G(anim)))) ||
				 ((p[j].gram & DX_G(NPRO)) && !(p[j].gram & (DX_G(neut) | DX_G(masc))))))
				return 0;
	}
	return k < s0;
}

/*
 * "Председатель Европарламента Роберта Мецола": an office in the nominative
 * (its head a person's noun only in the nominative) with words of its own,
 * no verb among them, ends right before the name, which stands in
 * apposition to it, in the nominative too.  Not after a post held for a
 * person (советник Александра Петрова), nor when the word before the name
 * is a person's noun in an oblique case (пресс-секретарь президента
 * Александра Петрова), whom the name is in apposition to.
 */
static int
woman_office_before(const dx_doc *d, int i)
{
	int			k,
				c;

	for (k = i - 1; k >= 0 && k >= i - 5; k--)
	{
		if (d->text.toks[k].type != TK_WORD)
			return 0;
		if (dx_span_kind_at(d, k) == LK_OFFICE)
			break;
	}
	if (k < 0 || k < i - 5)
		return 0;
	/* the office's own words follow it, no verb (Министр поддержала Валентина Петрова) */
	for (c = d->spans[d->tokspan[k]].t1; c < i; c++)
	{
		dx_ocparse	p[16];
		int			n = dict_analyses(d, c, 0, 0, p, 16),
					j;

		for (j = 0; j < n; j++)
			if (p[j].gram & (DX_G(VERB) | DX_G(INFN) | DX_G(PRTS) | DX_G(GRND)))
				return 0;
	}
	k = d->spans[d->tokspan[k]].t0;
	if (k >= i - 1 || dx_tok_has_cue(d, k, CUE_AIDE) || !person_noun_nominative(d, k))
		return 0;
	/*
	 * "профессор Университета Джорджа Мэнсона": a capitalised common noun
	 * alone right before the name starts a body's name, after whom it is
	 * named (not "Совета Федерации", a body's name ending there)
	 */
	if ((d->text.toks[i - 1].flags & TF_CAP) && !(d->text.toks[i - 1].flags & TF_ALLCAPS) &&
		common_word_only(d, i - 1) == 1 && !(d->text.toks[i - 2].flags & TF_CAP))
		return 0;
	c = apposition_case(d, i - 1, NULL);
	return c == DX_UNK || c == DX_NOM;
}

/*
 * Words that agree with a name show it a woman's in the nominative (see
 * choose_given_row) before the surname at s: a woman's noun in the
 * nominative before it (художница), an office in the nominative, a woman's
 * verb before it, or her predicate after the surname
 */
static int
woman_agrees(const dx_doc *d, int i, int s)
{
	int			ag = 0,
				e = read_nameword(d, s);

	if (apposition_case(d, i - 1, &ag) == DX_NOM && ag == DX_FEM)
		return 1;
	if (woman_office_before(d, i) || woman_verb_before(d, i))
		return 1;
	return e > s && !subject_before_name(d, i) && woman_predicate_after(d, e);
}

/*
 * The given-name entry for the name word at [i, end): "Валерия" is a woman's
 * name and the genitive of Валерий; the surname that follows decides.
 */
static int
choose_given_row(const dx_doc *d, int i, int end, int gcase)
{
	int			cand[8];
	int			n = dx_tok_entries(d, i, LK_GIVEN, cand, 8);
	int			k,
				exact = -1,
				oblique_m = -1,
				before = DX_UNK;	/* the one case of the noun before the name */
	const char *sur;

	if (n == 0 || end - i != 1)
		return n ? cand[0] : -1;
	/*
	 * a woman's name in a consonant does not decline (Анн, Ингрид): the
	 * written form is none of its cases when it differs (Анну is Анна's)
	 */
	for (k = 0; k < n && n > 1; k++)
	{
		const char *lemma = d->lex->words[dx_entry(d, cand[k])->w0].low;

		if (dx_given_gender(d, cand[k]) == DX_FEM && dx_name_keeps_form_for_woman(lemma) &&
			strcmp(lemma, d->text.toks[i].low) != 0)
		{
			memmove(cand + k, cand + k + 1, (n - k - 1) * sizeof cand[0]);
			n--;
			k--;
		}
	}
	for (k = 0; k < n; k++)
	{
		const char *lemma = d->lex->words[dx_entry(d, cand[k])->w0].low;

		if (strcmp(lemma, d->text.toks[i].low) == 0)
			exact = cand[k];
		else if (dx_given_gender(d, cand[k]) == DX_MASC && oblique_m < 0)
			oblique_m = cand[k];
	}
	if (exact < 0 && gcase == DX_UNK)
		gcase = before = one_case_before(d, i - 1);	/* no office: the noun before tells */
	if (exact < 0 && gcase != DX_UNK)
	{
		/*
		 * the case the word before tells (первым зампредам Александру
		 * Жукову): the reading in that case, Александр's dative rather than
		 * Александра's accusative
		 */
		for (k = 0; k < n; k++)
			if (dx_case_of(d->text.toks[i].low, d->lex->words[dx_entry(d, cand[k])->w0].low) == gcase)
				return cand[k];
		/*
		 * no reading in the case the office shows (первым зампредам: its
		 * первым read as an instrumental): the case of the noun right
		 * before the name, when it shows one only
		 */
		if (before == DX_UNK)
			before = one_case_before(d, i - 1);
		if (before != DX_UNK && before != gcase)
			for (k = 0; k < n; k++)
				if (dx_case_of(d->text.toks[i].low, d->lex->words[dx_entry(d, cand[k])->w0].low) == before)
					return cand[k];
	}
	if (exact < 0)
	{
		/*
		 * Киру Ярмыш: a man's surname in a consonant would show the case
		 * (Кира Ярмыша), a woman's does not decline: the woman's name
		 */
		if (end < d->text.ntoks && dx_is_cap_word(d, end) && dx_name_keeps_form_for_woman(d->text.toks[end].low))
			for (k = 0; k < n; k++)
				if (dx_given_gender(d, cand[k]) == DX_FEM)
					return cand[k];
		return cand[0];
	}
	if (oblique_m < 0 || dx_given_gender(d, exact) != DX_FEM)
		return exact;
	/* a woman's name in the nominative, or a man's in an oblique case? */
	if (end >= d->text.ntoks || !dx_is_cap_word(d, end))
		return exact;
	sur = d->text.toks[end].low;
	/*
	 * Валентина Петрова, Роберта Мецола: both read; words that agree with
	 * the name show a woman (Роберта Мецола переизбрана)
	 */
	if ((dx_surname_of_man_oblique(sur) || dx_surname_ova(sur)) && woman_agrees(d, i, end))
		return exact;
	if (dx_surname_of_man_oblique(sur))
		return oblique_m;
	if (dx_surname_ova(sur))
	{
		/* else a man's genitive, the commoner in news */
		int			c = dx_case_of(d->text.toks[i].low, d->lex->words[dx_entry(d, oblique_m)->w0].low);


		if (c == DX_GEN)
			return oblique_m;
	}
	return exact;
}

/* the given-name row of token i: as chosen by its case, spelt as written */
static int
choose_given(const dx_doc *d, int i, int end, int gcase)
{
	return spelt_as_written(d, i, choose_given_row(d, i, end, gcase));
}

/*
 * Петра Бар: the word at i reads only as a man's given name in an oblique
 * case (Пётр, genitive), but a man's surname in a consonant would show that
 * case too (Петра Бара); a surname that keeps its form is a woman's, so the
 * given name is hers, in the nominative as written.  ge is the lexicon's
 * given name, s the surname's token.
 */
static int
woman_as_written(const dx_doc *d, int i, int ge, int s)
{
	dx_ocparse	p[4];
	int			cand[8],
				n = dx_tok_entries(d, i, LK_GIVEN, cand, 8),
				k;
	const char *w = d->text.toks[i].low;

	if (dx_given_gender(d, ge) != DX_MASC || strcmp(d->lex->words[dx_entry(d, ge)->w0].low, w) == 0 ||
		!dx_first_declension_ending(w) || name_particle(d, s) || !(d->text.toks[s].flags & TF_CYR))
		return 0;
	for (k = 0; k < n; k++)
		if (dx_given_gender(d, cand[k]) != DX_MASC)
			return 0;
	if (dx_name_keeps_form_for_woman(d->text.toks[s].low))
		return 1;
	/*
	 * Станислава Белова, Роберта Мецола: a woman's name in the nominative
	 * the dictionary knows, though the lexicon lists the man's only, when
	 * the words that agree with the name show a woman (назначена)
	 */
	return dict_analyses(d, i, DX_G(Name) | DX_G(femn) | DX_G(nomn) | DX_G(sing), 0, p, 4) > 0 &&
		woman_agrees(d, i, s);
}

/*
 * The given name at token i, before a one-word surname, is read as a
 * woman's in the nominative though it could be a man's in an oblique case
 * (Валентина, Роберта: the words that agree with it tell, see
 * choose_given_row and woman_as_written), for the offices' reading of the
 * name's case: "Председатель Европарламента Роберта Мецола" is no office
 * of Роберт Мецол's.
 */
int
dx_given_woman_nominative(const dx_doc *d, int i)
{
	int			s = read_nameword(d, i),
				ge;

	if (s != i + 1 || s >= d->text.ntoks || !dx_is_cap_word(d, s) || dx_tok_entry_kind(d, i, LK_GIVEN) < 0 ||
		(ge = choose_given_row(d, i, s, DX_UNK)) < 0)
		return 0;
	if (dx_given_gender(d, ge) == DX_FEM)
		return strcmp(d->lex->words[dx_entry(d, ge)->w0].low, d->text.toks[i].low) == 0;
	return woman_as_written(d, i, ge, s);
}

/*
 * Two name words the dictionary does not know (Никоса Анастасиадиса, Сакибу
 * Нисару): when every noun reading guessed from their endings that they
 * share is of one oblique case and gender, and neither can be read as a
 * nominative, that case and gender.  Returns 1 when found.
 */
static int
guessed_agreement(const dx_doc *d, int a, int b, int *gender, int *gcase)
{
	dx_ocparse	pa[32],
				pb[32];
	int			na = dict_analyses(d, a, DX_G(NOUN) | DX_G(sing), 1, pa, 32),
				nb = dict_analyses(d, b, DX_G(NOUN) | DX_G(sing), 1, pb, 32),
				k,
				j,
				g = 0,
				c = DX_UNK;
	dx_ocparse	all[32];

	if (na == 0 || nb == 0)
		return 0;
	/* a foreign name in -е, -и, -о may not decline at all: Яуке, Джесси */
	for (k = 0; k < 2; k++)
	{
		const char *w = d->text.toks[k ? b : a].low;

		if (dx_name_may_not_decline(w))
			return 0;
	}
	/* words the dictionary knows are for the rules above */
	if (!pa[0].predicted || !pb[0].predicted)
		return 0;
	/* a nominative reading of either word: the names may be in the nominative */
	for (k = 0, na = dict_analyses(d, a, 0, 1, all, 32); k < na; k++)
		if (oc_case(all[k].gram) == DX_NOM)
			return 0;
	for (k = 0, nb = dict_analyses(d, b, 0, 1, all, 32); k < nb; k++)
		if (oc_case(all[k].gram) == DX_NOM)
			return 0;
	na = dict_analyses(d, a, DX_G(NOUN) | DX_G(sing), 1, pa, 32);
	nb = dict_analyses(d, b, DX_G(NOUN) | DX_G(sing), 1, pb, 32);
	for (k = 0; k < na; k++)
		for (j = 0; j < nb; j++)
		{
			int			ca = oc_case(pa[k].gram),
						ga = oc_gender(pa[k].gram);

			if (ca != oc_case(pb[j].gram) || ga != oc_gender(pb[j].gram) || ga == 0)
				continue;
			/* genitive and accusative of a man are one form */
			if (ca == DX_ACC && ga == DX_MASC)
				ca = DX_GEN;
			if (c != DX_UNK && (c != ca || g != ga))
				return 0;
			c = ca;
			g = ga;
		}
	if (c == DX_UNK)
		return 0;
	*gender = g;
	*gcase = c;
	return 1;
}

/*
 * The case of one name word the dictionary does not know (Ахмадинежадом):
 * when every singular noun reading guessed from its ending is of one oblique
 * case and gender, and none is a nominative, that case (and *gender);
 * DX_UNK otherwise.
 */
static int
guessed_case(const dx_doc *d, int i, int *gender)
{
	dx_ocparse	p[32];
	int			n = dict_analyses(d, i, 0, 1, p, 32),
				k,
				c = DX_UNK,
				g = 0;

	if (n == 0 || dx_name_may_not_decline(d->text.toks[i].low))
		return DX_UNK;
	for (k = 0; k < n; k++)
	{
		int			ck = oc_case(p[k].gram),
					gk = oc_gender(p[k].gram);

		if (!p[k].predicted || ck == DX_NOM)
			return DX_UNK;
		if (!(p[k].gram & DX_G(NOUN)) || !(p[k].gram & DX_G(sing)))
			continue;
		if (ck == DX_ACC && gk == DX_MASC)
			ck = DX_GEN;		/* one form for a man */
		if (gk == 0 || (c != DX_UNK && (c != ck || g != gk)))
			return DX_UNK;
		c = ck;
		g = gk;
	}
	if (c != DX_UNK)
		*gender = g;
	return c;
}

/* the dictionary knows the word at i (no guess) only as a place name */
static int
place_word_only(const dx_doc *d, int i)
{
	dx_ocparse	p[32];
	int			n = dict_analyses(d, i, 0, 0, p, 32),
				k;

	for (k = 0; k < n; k++)
		if (!(p[k].gram & DX_G(Geox)) || (p[k].gram & (DX_G(Name) | DX_G(Surn) | DX_G(Patr))))
			return 0;
	return n > 0;
}

/*
 * Some singular reading of the word at a and one of the word at b (guessed
 * too) share a case: a given name and a surname agree, a noun and its
 * genitive complement (Университет Барселоны) do not.
 */
static int
cases_agree(const dx_doc *d, int a, int b)
{
	dx_ocparse	pa[32],
				pb[32];
	int			na = dict_analyses(d, a, DX_G(sing), 1, pa, 32),
				nb = dict_analyses(d, b, DX_G(sing), 1, pb, 32),
				k,
				j;

	if (na == 0 || nb == 0)
		return 1;				/* nothing to tell by */
	for (k = 0; k < na; k++)
		for (j = 0; j < nb; j++)
			if (oc_case(pa[k].gram) == oc_case(pb[j].gram) ||
				(pb[j].gram & DX_G(Fixd)) || (pa[k].gram & DX_G(Fixd)))
				return 1;
	return 0;
}

/* a capital letter, a full stop, then a capitalised word: an initial (А. Петров, И.В. Петров) */
static int
initial_at(const dx_doc *d, int i)
{
	const dx_tok *t = d->text.toks;
	int			n = d->text.ntoks;

	if (i + 2 >= n || t[i].type != TK_WORD || t[i].nchars != 1 || !(t[i].flags & TF_CAP) ||
		!dx_tok_punct(&t[i + 1], '.') || t[i + 2].sent != t[i].sent)
		return 0;
	return t[i + 2].type == TK_WORD && (t[i + 2].flags & TF_CAP);
}

/*
 * The word after an office names the office's body, not its holder, when
 * the dictionary knows it (no guess) only as a thing, an adjective or a
 * function word, never a person, and in no singular reading of the office's
 * case: a holder stands in apposition, in the same case (главами
 * Роскомнадзора, профессор Университета Южной Калифорнии; but президент
 * Франции Макрон).
 */
static int
office_body_word(const dx_doc *d, int i, int gcase)
{
	dx_ocparse	p[32];
	int			n = dict_analyses(d, i, 0, 1, p, 32),
				k;

	if (n == 0 || gcase == DX_UNK)
		return 0;
	/* "министр А. Петров": a capital letter and a full stop is an initial, whatever word the letter is */
	if (initial_at(d, i))
		return 0;
	for (k = 0; k < n; k++)
	{
		uint64_t	g = p[k].gram;

		/* an organisation's name is a body's (Orgn: председателем правления Россельхозбанка) */
		if (p[k].predicted || (g & ((DX_G_NAMES & ~DX_G(Orgn)) | DX_G(Abbr) | DX_G(Init) | DX_G(anim))))
			return 0;
		if (oc_case(g) == gcase && !(g & DX_G(plur)))
			return 0;
		/* genitive and accusative of a thing differ, of a person not: no test for them */
		if (gcase == DX_ACC && oc_case(g) == DX_GEN)
			return 0;
	}
	return 1;
}

/*
 * "с мэром Казани Фоминым", "с главой Химок Аркадием Фоминым": a word the
 * dictionary knows (no guess) only as a place's name, in no singular
 * reading of the office's oblique case gcase, is the place the office is
 * of, no word of the holder's name, which stands in that case
 */
static int
place_in_another_case(const dx_doc *d, int i, int gcase)
{
	dx_ocparse	p[16];
	int			n = dict_analyses(d, i, 0, 0, p, 16),
				k;

	if (n == 0 || gcase == DX_UNK || gcase == DX_NOM || dx_tok_entry_kind(d, i, LK_GIVEN) >= 0 ||
		dx_tok_entry_kind(d, i, LK_SURNAME) >= 0)
		return 0;
	for (k = 0; k < n; k++)
	{
		uint64_t	g = p[k].gram;

		if (!(g & DX_G(Geox)) || (g & (DX_G(Name) | DX_G(Surn) | DX_G(Patr) | DX_G(anim))) || (g & DX_G(Fixd)) ||
			(oc_case(g) == gcase && !(g & DX_G(plur))) || (gcase == DX_ACC && oc_case(g) == DX_GEN))
			return 0;
	}
	return 1;
}

/*
 * "мэр Стамбула", "губернатор Петербурга": a town of the lexicon, alone and
 * in another form than its name, right after an office is the office's
 * place.  A surname a town shares (Болтон) is a name where it is written as
 * the town is named, or where a capitalised word goes on after it.
 */
static int
office_town(const dx_doc *d, int i)
{
	const dx_tok *t = &d->text.toks[i];
	const dx_span *s;
	const char *term;

	if (dx_span_kind_at(d, i) != LK_CITY)
		return 0;
	s = &d->spans[d->tokspan[i]];
	if (s->t0 != i || s->t1 != i + 1 || (i + 1 < d->text.ntoks && dx_is_cap_word(d, i + 1)))
		return 0;
	term = dx_entry(d, s->entry)->term;
	/* "губернатор Королёв": the town's name spelt with ё is its name, not another form */
	if (t->b1 - t->b0 < 64 && has_yo(d->text.src + t->b0, (size_t) (t->b1 - t->b0)))
	{
		char		w[64];

		memcpy(w, d->text.src + t->b0, t->b1 - t->b0);
		w[t->b1 - t->b0] = '\0';
		if (same_but_yo(w, term))
			return 0;
	}
	return strlen(term) != (size_t) (t->b1 - t->b0) ||
		memcmp(term, d->text.src + t->b0, t->b1 - t->b0) != 0;
}

/*
 * A capitalised adjective at token i that is not a given name: a bishop's
 * see (Московский, Тверского)
 */
static int
see_adjective(const dx_doc *d, int i)
{
	const dx_tok *t = &d->text.toks[i];

	return t->type == TK_WORD && (t->flags & TF_CAP) && !(t->flags & TF_ALLCAPS) && dx_adjective_form(t) &&
		dx_tok_entry_kind(d, i, LK_GIVEN) < 0;
}

/*
 * "патриарх Московский Кирилл", "митрополита Тверского Феофана": after a
 * bishop's title, his see, then his name: a given name or one word alone.
 * Returns where the name starts, or 0 when no see is there.
 */
static int
see_before_given(const dx_doc *d, int i)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks;
	int			j = i + 1;

	if (i == 0 || !dx_tok_has_cue(d, i - 1, CUE_CHURCH_TITLE) || !see_adjective(d, i))
		return 0;
	if (j >= n || !dx_is_cap_word(d, j))
		return 0;
	/* a given name the lists know, or a single word the sentence goes on after */
	if (dx_tok_entry_kind(d, j, LK_GIVEN) >= 0 ||
		j + 1 >= n || toks[j + 1].type != TK_WORD || !(toks[j + 1].flags & TF_CAP))
		return j;
	return 0;
}

/*
 * Token adj is an adjective (known, no guess) agreeing in case, number and
 * gender with a common noun reading of token noun: the two make a noun
 * phrase (Федерального Собрания).
 */
static int
adjective_agrees(const dx_doc *d, int adj, int noun)
{
	dx_ocparse	pa[32],
				pb[32];
	int			na = dict_analyses(d, adj, DX_G(ADJF), 0, pa, 32),
				nb = dict_analyses(d, noun, DX_G(NOUN), 0, pb, 32),
				k,
				j;

	for (k = 0; k < na; k++)
		for (j = 0; j < nb; j++)
		{
			uint64_t	a = pa[k].gram,
						b = pb[j].gram;

			if (b & (DX_G_NAMES | DX_G(Abbr) | DX_G(Init)))
				continue;
			if (oc_case(a) != oc_case(b) || (a & DX_G_NUMBERS) != (b & DX_G_NUMBERS))
				continue;
			if ((a & DX_G(plur)) || (a & b & DX_G_GENDERS) || (b & DX_G(Ms_f)))
				return 1;
		}
	return 0;
}

/*
 * The lower-case word before token first is an adjective agreeing with a
 * common noun reading of token last (в британском Форин Офисе).
 */
static int
adjective_agrees_before(const dx_doc *d, int first, int last)
{
	if (first < 1 || d->text.toks[first - 1].type != TK_WORD || (d->text.toks[first - 1].flags & TF_CAP))
		return 0;
	return adjective_agrees(d, first - 1, last);
}

/* the dictionary knows the word at i as a surname (no guess): Золотов */
static int
known_surname(const dx_doc *d, int i)
{
	dx_ocparse	p[4];

	return dict_analyses(d, i, DX_G(Surn), 0, p, 4) > 0;
}

/* a patronymic the dictionary knows and not as a surname too (Абрамович), nor the lexicon */
static int
is_patronymic(const dx_doc *d, int tok)
{
	dx_ocparse	p[4];

	return dict_analyses(d, tok, DX_G(Patr), 0, p, 4) > 0 && dict_analyses(d, tok, DX_G(Surn), 0, p, 4) == 0 &&
		dx_span_kind_at(d, tok) == LK_NONE;
}

/* the one person of the story with a surname and this lower-case given name, else -1 */
static int
story_person_by_given(dx_doc *d, const char *gl)
{
	int			n,
				x,
				found = -1;
	const int  *ids = dx_ix_get(d, DX_IX_GIVEN, gl, strlen(gl), &n);

	for (x = 0; ids && x < n && x < DX_IX_SCAN; x++)
	{
		const dx_ent *e = &d->ents[ids[x]];

		if (e->kind != DX_PERSON || e->surname == NULL || e->given == NULL || strcmp(e->given, gl) != 0 ||
			ids[x] == found)
			continue;
		if (found >= 0)
			return -1;			/* two of that name: unclear */
		found = ids[x];
	}
	return found;
}

/*
 * The case of a name in apposition to the word at token i (магната Р.Мердока,
 * академику Д. Ю. Логинову): the one case of the word's readings when the
 * dictionary knows it only as a singular animate noun (its plural readings
 * aside) or as an adjective in an oblique case (18-летнего Джесси
 * Джелсингера); DX_UNK otherwise.  A man's genitive and accusative are one
 * form: DX_GEN for both.  *gender (when not NULL) gets the word's one gender,
 * when it has one.
 */
static int
apposition_case(const dx_doc *d, int i, int *gender)
{
	dx_ocparse	p[32];
	int			n,
				k,
				c = DX_UNK,
				g = -1,
				adj = 0;

	if (i < 0 || d->text.toks[i].type != TK_WORD)
		return DX_UNK;
	n = dict_analyses(d, i, 0, 0, p, 32);
	for (k = 0; k < n; k++)
	{
		int			ck = oc_case(p[k].gram),
					gk = oc_gender(p[k].gram);

		/*
		 * a name is one person: a plural reading of the word before it
		 * (доктора, девочки) is not its apposition
		 */
		if ((p[k].gram & DX_G(plur)) && !(p[k].gram & DX_G(sing)) && ck != DX_UNK &&
			(p[k].gram & (DX_G(NOUN) | DX_G(ADJF))))
			continue;
		/* an adjective agrees with the name as a noun in apposition does (18-летнего) */
		if ((p[k].gram & DX_G(ADJF)) && (p[k].gram & DX_G(sing)) && ck != DX_UNK)
		{
			adj = 1;
			if (p[k].gram & DX_G(neut))
				gk = DX_MASC;	/* -ого, -ому, -ым: a man's as well */
		}
		else if (!(p[k].gram & DX_G(NOUN)) || !(p[k].gram & DX_G(anim)) || !(p[k].gram & DX_G(sing)) ||
				 (p[k].gram & DX_G_NAMES) || ck == DX_UNK)
			return DX_UNK;
		if (ck == DX_ACC && gk != DX_FEM)
			ck = DX_GEN;
		if (c != DX_UNK && c != ck)
			return DX_UNK;
		c = ck;
		if (g >= 0 && g != gk)
			gk = 0;
		g = gk;
	}
	if (c != DX_UNK && gender != NULL && g > 0 && (c != DX_NOM || !adj))
		*gender = g;
	/* an adjective in the nominative also starts a sentence's subject: its case tells nothing */
	if (adj && c == DX_NOM)
		return DX_UNK;
	return c;
}

/* the word at i is a common noun the dictionary knows only in the genitive (переговоров) */
static int
genitive_complement(const dx_doc *d, int i)
{
	dx_ocparse	p[16];
	int			n,
				k;

	if (i < 0 || d->text.toks[i].type != TK_WORD || (d->text.toks[i].flags & TF_CAP))
		return 0;
	n = dict_analyses(d, i, 0, 0, p, 16);
	if (n == 0)
		return 0;
	for (k = 0; k < n; k++)
		if (!(p[k].gram & DX_G(NOUN)) || (p[k].gram & DX_G_NAMES) || oc_case(p[k].gram) != DX_GEN)
			return 0;
	return 1;
}

/*
 * The oblique case of a man's noun the name at token i stands in apposition
 * to (посла Кирана Мулви), also past one word in the genitive that
 * completes that noun (координатора переговоров Кирана Мулви); DX_UNK if
 * none.  A woman's name after it would decline with it (посла Анны).
 */
static int
oblique_man_before(const dx_doc *d, int i)
{
	int			k;

	for (k = i - 1; k >= i - 2 && k >= 0; k--)
	{
		int			g = 0,
					c = apposition_case(d, k, &g);

		if (c != DX_UNK)
			return c != DX_NOM && g == DX_MASC ? c : DX_UNK;
		if (k == i - 1 && !genitive_complement(d, k))
			return DX_UNK;
	}
	return DX_UNK;
}

/*
 * The name at token i is part of an institution's name: "институт имени
 * Н. Ф. Гамалеи", "НИЦЭМ им. Гамалеи" (initials before it skipped).
 */
static int
named_after(const dx_doc *d, int i)
{
	const dx_tok *toks = d->text.toks;
	int			k = i;

	/* back over the initials before: three at most */
	while (k >= 2 && k > i - 6 && dx_tok_punct(&toks[k - 1], '.') && toks[k - 2].type == TK_WORD &&
		   toks[k - 2].nchars == 1 && (toks[k - 2].flags & TF_CAP))
		k -= 2;
	/* имени (the word in full), им. (its abbreviation, with its period) */
	if (k > 0 && dx_tok_has_cue(d, k - 1, CUE_NAMED_AFTER) && toks[k - 1].nchars > 2)
		return !(k > 1 && (dx_tok_gram(d, k - 2) & GR_P_PO));	/* человек по имени X: X is his name */
	return k > 1 && dx_tok_punct(&toks[k - 1], '.') && dx_tok_has_cue(d, k - 2, CUE_NAMED_AFTER) &&
		toks[k - 2].nchars == 2;
}

/*
 * "Руперт Мердок ... Джеймс Мердок ... Д.Мердок": of two or more persons
 * of the story with the surname, the one whose given name begins with the
 * initial at token i; -1 when none or more than one does, or when the first
 * of the surname (whom dx_person_entity would take) is that one.
 */
static int
person_of_initial(dx_doc *d, int i, const char *surname)
{
	const char *sl = lower(d, surname);
	int			n,
				x,
				first = -1,
				found = -1;
	const int  *ids = sl ? dx_ix_get(d, DX_IX_SURNAME, sl, strlen(sl), &n) : NULL;

	if (ids == NULL)
		return -1;
	for (x = 0; x < n && x < DX_IX_SCAN; x++)
	{
		const dx_ent *e = &d->ents[ids[x]];

		if (e->kind != DX_PERSON || e->surname == NULL || strcmp(e->surname, sl) != 0)
			continue;
		if (first < 0)
			first = ids[x];
		if (e->given == NULL || !dx_startswith(e->given, d->text.toks[i].low) || ids[x] == found)
			continue;
		if (found >= 0)
			return -1;
		found = ids[x];
	}
	return found == first ? -1 : found;
}

/*
 * Every person of the story of that surname has a given name, and none
 * starts with the initial at token i (Денис Сомов, then О.Сомов): the
 * initial names another person.
 */
static int
initial_of_no_story_person(dx_doc *d, int i, const char *surname)
{
	const char *sl = lower(d, surname);
	int			n,
				x,
				found = 0;
	const int  *ids = sl ? dx_ix_get(d, DX_IX_SURNAME, sl, strlen(sl), &n) : NULL;

	if (ids == NULL)
		return 0;
	for (x = 0; x < n && x < DX_IX_SCAN; x++)
	{
		const dx_ent *e = &d->ents[ids[x]];

		if (e->kind != DX_PERSON || e->surname == NULL || strcmp(e->surname, sl) != 0)
			continue;
		if (e->given == NULL || dx_startswith(e->given, d->text.toks[i].low))
			return 0;
		found = 1;
	}
	return found;
}

/* A person named by initials and a surname at token i: С. Лавров, С.В. Лавров. */
static int
initials_person(dx_doc *d, int i, int gcase, int *ent_out)
{
	const dx_tok *toks = d->text.toks;
	int			t0 = i,
				s_end,
				ent;
	const char *surname;
	const char *full;
	dx_buf		b;
	int			j = i + 2,
				gender = 0;
	char	   *init;

	if (j + 1 < d->text.ntoks && toks[j].type == TK_WORD && toks[j].nchars == 1 &&
		(toks[j].flags & TF_CAP) && dx_tok_punct(&toks[j + 1], '.'))
		j += 2;
	s_end = read_nameword(d, j);
	if (s_end < 0 || s_end - j > 3)
		return -1;
	/* a verb, an adverb or a function word is no surname: Б. В. Стоит */
	if (s_end - j == 1 && common_word_only(d, j) == 2 && dx_span_kind_at(d, j) != LK_SURNAME)
		return -1;
	init = dx_tokens_text(d, i, j);
	if (gcase == DX_UNK)
		gcase = apposition_case(d, i - 1, NULL);	/* магната Р.Мердока */
	if (gcase == DX_UNK && s_end - j == 1)
		gcase = guessed_case(d, j, &gender);	/* с М.Ахмадинежадом */
	surname = nameword_nominative(d, j, s_end, gender, gcase, 1);
	if (s_end - j == 1)
		surname = story_surname(d, surname);
	/* a surname the lexicon knows, of a person with that initial (В.В. Путина) */
	if (s_end - j == 1 && dx_span_kind_at(d, j) == LK_SURNAME)
	{
		const char *nm = dx_entry(d, d->spans[d->tokspan[j]].entry)->name;
		const char *sp = strrchr(nm, ' ');

		if (sp != NULL && strncmp(nm, d->text.src + toks[i].b0, toks[i].b1 - toks[i].b0) == 0)
			surname = sp + 1;
	}
	dx_buf_init(&b, d->a);
	dx_buf_adds(&b, init);
	if (toks[j].flags & TF_SPACE)
		dx_buf_addc(&b, ' ');
	dx_buf_adds(&b, surname);
	full = dx_strdup(d->a, dx_buf_str(&b));
	ent = person_of_initial(d, i, surname);
	/* the initial as the given name keeps the person apart from the others */
	if (ent < 0 && initial_of_no_story_person(d, i, surname))
		ent = dx_person_entity(d, full, surname, toks[i].low, 0);
	if (ent < 0)
		ent = dx_person_entity(d, full, surname, NULL, 0);
	if (ent >= 0)
		dx_add_mention(d, t0, s_end, DX_PERSON, DX_FORM_NAME, full, ent);
	*ent_out = ent;
	return s_end;
}

static const char *surname_only_reading(const dx_doc *d, int i, unsigned cases, int g, int *gender, unsigned *found);

/*
 * One name word after an office (token i, up to g_end): a given name alone
 * after a title, or a surname; ge: its given-name entry or -1.
 */
static int
one_word_after_office(dx_doc *d, int i, int g_end, int ge, int gender, int gcase, int *ent_out)
{
	const dx_tok *toks = d->text.toks;
	const char *surname;
	int			ent;

	/* a given name alone after a title: патриарх Кирилл, пророк Мухаммед, король Карл */
	if (ge >= 0 && g_end - i == 1 && (toks[i].flags & TF_CYR))
	{
		const char *given_nom = with_regnal(d, dx_entry(d, ge)->name, g_end);

		if (regnal_number(d, g_end))
			g_end++;
		ent = dx_entity_by_name(d, DX_PERSON, given_nom);
		if (ent < 0)
			ent = dx_person_entity(d, given_nom, lower(d, dx_entry(d, ge)->name), NULL, gender);
		if (ent >= 0)
			dx_add_mention(d, i, g_end, DX_PERSON, DX_FORM_NAME, given_nom, ent);
		*ent_out = ent;
		return g_end;
	}
	/*
	 * a word built on Рос- or Мосгор- that neither the lexicon nor the
	 * dictionary knows, of nine letters or more (not Россель) and with no
	 * name's ending, names a body, the way federal and Moscow bodies are
	 * named (главами Роскомнадзора)
	 */
	if (ge < 0 && g_end - i == 1 && toks[i].nchars >= 9 && !(toks[i].flags & TF_ALLCAPS) &&
		dx_tok_has_cue(d, i, CUE_BODY_PREFIX) && !dx_tok_has_cue(d, i, CUE_ROS_WORD) &&
		!dx_person_name_ending(toks[i].low) && dx_span_kind_at(d, i) == LK_NONE)
	{
		dx_ocparse	p[4];

		if (dict_analyses(d, i, 0, 0, p, 4) == 0)
			return -1;
	}
	/*
	 * a given name the dictionary knows (not guessed), in the case the
	 * office shows and in one gender only: королеве Матильде
	 */
	if (ge < 0 && g_end - i == 1 && gcase != DX_UNK && gcase != DX_NOM && (toks[i].flags & TF_CYR) &&
		dx_span_kind_at(d, i) == LK_NONE)
	{
		dx_ocparse	p[16];
		int			n = dict_analyses(d, i, DX_G(Name) | DX_G(sing), 0, p, 16),
					k,
					pick = -1;
		const char *nom;

		for (k = 0; k < n; k++)
			if (oc_case(p[k].gram) == gcase)
			{
				if (pick >= 0 && oc_gender(p[k].gram) != oc_gender(p[pick].gram))
					break;
				pick = pick < 0 ? k : pick;
			}
		if (pick >= 0 && k == n && (nom = dict_form(d, i, &p[pick])) != NULL)
		{
			ent = dx_entity_by_name(d, DX_PERSON, nom);
			if (ent < 0)
				ent = dx_person_entity(d, nom, lower(d, nom), NULL, oc_gender(p[pick].gram));
			if (ent >= 0)
				dx_add_mention(d, i, g_end, DX_PERSON, DX_FORM_NAME, nom, ent);
			*ent_out = ent;
			return g_end;
		}
	}
	/*
	 * "с министром Кузнецовой", "послу Сидоровой", "с послом Ковальским":
	 * a word of an adjective's ending in the oblique case the office shows,
	 * read by the dictionary only as a surname in that case, or unknown to
	 * it in a woman's surname ending (-овой, -иной), is the holder's surname
	 */
	if (ge < 0 && g_end - i == 1 && gcase != DX_UNK && gcase != DX_NOM && (toks[i].flags & TF_CYR) &&
		dx_adjective_like(toks[i].low) && !org_type_word(d, i))
	{
		dx_ocparse	p[4];
		unsigned	cases = gcase == DX_GEN || gcase == DX_ACC ? (1u << DX_GEN) | (1u << DX_ACC) : 1u << gcase,
					found = 0;
		int			g = 0;
		const char *nom = surname_only_reading(d, i, cases, 0, &g, &found);

		if (nom == NULL && dict_analyses(d, i, 0, 0, p, 4) == 0 && dx_surname_ova(toks[i].low) == 0 &&
			(nom = dx_name_nominative(d->a, dx_tokens_text(d, i, g_end), DX_FEM, gcase, 1)) != NULL &&
			dx_surname_ova(lower(d, nom)) && strlen(nom) < strlen(toks[i].low))
			g = DX_FEM;
		if (nom != NULL && g != 0)
		{
			ent = dx_person_entity(d, nom, lower(d, nom), NULL, g);
			if (ent >= 0)
				dx_add_mention(d, i, g_end, DX_PERSON, DX_FORM_NAME, nom, ent);
			*ent_out = ent;
			return g_end;
		}
	}
	/* a single word after an office is a surname: президент Франции Макрон */
	if (ge < 0 && g_end - i == 1 && (toks[i].flags & TF_CYR) &&
		!dx_adjective_like(toks[i].low) && !org_type_word(d, i) &&
		!(gcase == DX_NOM && dx_plural_like(toks[i].low)))
	{
		const char *nm;

		/*
		 * "представитель Гренелла" after Ричард Гренелл: an oblique form
		 * of a surname of the story after an office in the nominative is
		 * the office's possessor, not its holder
		 */
		if (gcase == DX_NOM)
		{
			const char *surf = dx_tokens_text(d, i, g_end);

			if (surf && story_surname(d, surf) != surf)
				return -1;
		}
		surname = nameword_nominative(d, i, g_end, 0, gcase, 1);
		nm = with_regnal(d, surname, g_end);
		if (regnal_number(d, g_end))
			g_end++;
		ent = dx_person_entity(d, nm, surname, NULL, 0);
		if (ent >= 0)
			dx_add_mention(d, i, g_end, DX_PERSON, DX_FORM_NAME, nm, ent);
		*ent_out = ent;
		return g_end;
	}
	return -1;
}

/*
 * Эндой Кенни: a word in a woman's instrumental ending that the dictionary
 * does not know as a common word, before a surname in a vowel that does not
 * decline and that it does not know either: a name, not an adjective and
 * its noun.
 */
static int
woman_instrumental_pair(const dx_doc *d, int i, int s)
{
	const char *low = d->text.toks[s].low;

	return dx_woman_given_case(d->text.toks[i].low) == DX_INS && common_word_only(d, i) == 0 &&
		common_word_only(d, s) == 0 && dx_span_kind_at(d, s) == LK_NONE && dx_utf8_chars(low) >= 4 &&
		dx_undeclined_vowel_ending(low);
}

/*
 * "поблагодарил Кэндзи Ямаду": a man's given name [i, g) in -и, -о, -э that
 * does not decline (the lexicon's, as written, or one neither the lexicon
 * nor the dictionary knows, in a case nothing else tells) and a surname
 * [s0, s1) in -у after a consonant that the dictionary does not know, right
 * after a verb (not reflexive, not of speech, which may
 * have its subject after it): the verb's object, the accusative of a man's
 * surname in -а
 */
static int
accusative_after_undeclined_given(dx_doc *d, int i, int g, int s0, int s1, int ge, const char *dgiven, int gcase)
{
	const dx_tok *t = d->text.toks;
	dx_ocparse	p[8];
	int			n,
				k;
	const char *code;

	/* a given name the lexicon knows: a man's, as written (its form is its name) */
	if (ge >= 0 && (dx_given_gender(d, ge) == DX_FEM || strcmp(t[i].low, lower(d, dx_entry(d, ge)->name)) != 0 ||
					gcase != DX_NOM))
		return 0;
	if ((ge < 0 && gcase != DX_UNK) || dgiven != NULL || g - i != 1 || s0 != g || s1 - s0 != 1 || i < 1 ||
		!(t[i].flags & TF_CYR) || !(t[s0].flags & TF_CYR) || !dx_given_undeclined_ioe(t[i].low) ||
		dx_u_accusative_nominative(d->a, t[s0].low) == NULL || dict_analyses(d, s0, 0, 0, p, 8) > 0 ||
		dict_analyses(d, i, 0, 0, p, 8) > 0 || t[i - 1].type != TK_WORD || (t[i - 1].flags & TF_CAP) ||
		dx_reflexive_verb_ending(t[i - 1].low))
		return 0;
	if ((code = dx_verb_code(d, i - 1)) != NULL && strcmp(code, "speech") == 0)
		return 0;
	n = dict_analyses(d, i - 1, 0, 0, p, 8);
	for (k = 0; k < n; k++)
		if (!(p[k].gram & DX_G(VERB)))
			return 0;
	return n > 0;
}

/* a case, a man's accusative as his genitive (one form for a man's name) */
static int
man_case(int c, int gender)
{
	return c == DX_ACC && gender == DX_MASC ? DX_GEN : c;
}

/*
 * The case and gender the dictionary's readings of token i as a given name
 * (Name, singular, no guess) show: DX_NOM when one of them is a
 * nominative, the one oblique case (a man's accusative as his genitive)
 * when all show it and one gender, DX_UNK otherwise or when none.
 */
static int
dict_given_case(const dx_doc *d, int i, int *gender)
{
	dx_ocparse	p[16];
	int			n = dict_analyses(d, i, DX_G(Name) | DX_G(sing), 0, p, 16),
				k,
				c = DX_UNK,
				g = 0;

	for (k = 0; k < n; k++)
	{
		int			ck = oc_case(p[k].gram),
					gk = oc_gender(p[k].gram);

		if (ck == DX_NOM)
		{
			*gender = gk;
			return DX_NOM;
		}
		if (ck == DX_ACC && gk == DX_MASC)
			ck = DX_GEN;
		if (gk == 0 || (c != DX_UNK && (c != ck || g != gk)))
			return DX_UNK;
		c = ck;
		g = gk;
	}
	*gender = g;
	return c;
}

/*
 * Эспен Барт Эйде, Эспена Барта Эйде, Мартином Лютером Кингом, Абий Ахмед
 * Али: a first name word at i, a second given name at m (the dictionary or
 * the lexicon knows it as one, or it is unknown and shows the oblique case
 * the first word shows), then a capitalised word right after it in the
 * sentence (after a particle: Ле Гоф) that no list but the names' knows,
 * and the dictionary not as a word of another class: the surname, in the
 * case of the two (by its ending) or one that does not decline.  Gives
 * the case and gender of the name in *c_out, *g_out (DX_NOM, and no
 * gender when nothing tells it).  ge is the lexicon's given name at i,
 * known_given whether the dictionary's is, after_office whether an office
 * stands before the name; gcase and gender what is known so far.
 */
static int
third_name_word(const dx_doc *d, int i, int m, int ge, int known_given, int after_office, int gcase, int gender,
				int *c_out, int *g_out)
{
	const dx_tok *t = d->text.toks;
	int			s = m + 1,
				c,
				g = 0;
	dx_ocparse	p[4];

	if (m != i + 1 || s >= d->text.ntoks || !(t[m].flags & TF_CYR) || !(t[s].flags & TF_SPACE) ||
		(t[s].flags & TF_NL) || (t[m].flags & TF_NL) || dx_sentence_start(d, s) == s)
		return 0;
	/* the surname's particle: Жан Ив Ле Гоф */
	if (name_particle(d, s) && read_nameword(d, s) == s + 2)
		s++;
	if (!dx_is_cap_word(d, s) || !(t[s].flags & TF_CYR) || !(t[s].flags & TF_SPACE) || (t[s].flags & TF_NL) ||
		d->tokquoted[s] || (d->tokplace && d->tokplace[s]) || d->tokperson[s] >= 0 ||
		read_nameword(d, s) != s + 1 ||
		(dx_span_kind_at(d, s) != LK_NONE && dx_span_kind_at(d, s) != LK_SURNAME) ||
		dx_looks_patronymic(t[s].low) || place_word_only(d, s))
		return 0;
	/* a fourth capitalised word: another name may start at the third (Джорджа Мэнсона Анча Баранова) */
	if (s + 1 < d->text.ntoks && dx_is_cap_word(d, s + 1) && (t[s + 1].flags & TF_SPACE) &&
		!(t[s + 1].flags & TF_NL))
		return 0;
	/*
	 * a first word no list and no dictionary knows as a given name: one
	 * the dictionary does not know at all (not Ксендз, Челси), which
	 * shows the case of the name, or stands after an office, or before an
	 * undeclined surname (Эспен Барт Эйде)
	 */
	if (ge < 0 && !known_given && (dict_analyses(d, i, 0, 0, p, 4) > 0 ||
								   (i > 0 && (dx_tok_gram(d, i - 1) & (GR_P_V | GR_P_NA | GR_P_IZ)))))
		return 0;				/* в, на, из before it: a place (в Хадиме) */
	/* the middle word: a given name the dictionary knows, or the lexicon */
	c = dict_given_case(d, m, &g);
	if (dx_tok_entry_kind(d, m, LK_GIVEN) >= 0)
	{
		/*
		 * Абий Ахмед Али: an unknown word before a given name the lexicon
		 * knows may name the body a person is of (главы Химок Владимира
		 * Стрельченко, глава Роснано Анатолий Чубайс): the first word must
		 * show the case, or the surname not decline, after an office too
		 */
		int			mge = choose_given(d, m, m + 1, DX_UNK);

		if (mge < 0)
			return 0;
		c = man_case(dx_case_of(t[m].low, d->lex->words[dx_entry(d, mge)->w0].low), dx_given_gender(d, mge));
		g = dx_given_gender(d, mge);
		after_office = 0;
		if (c == DX_UNK || ge >= 0 || known_given)
			return 0;
	}
	if (c == DX_NOM && gcase != DX_UNK && gcase != DX_NOM && gender != 0)
	{
		/* Свена Вальдемара: a man's genitive as well as a woman's nominative */
		dx_ocparse	q[16];
		int			n = dict_analyses(d, m, DX_G(Name) | DX_G(sing), 0, q, 16),
					k;

		for (k = 0; k < n; k++)
			if (oc_gender(q[k].gram) == gender && man_case(oc_case(q[k].gram), gender) == man_case(gcase, gender))
				break;
		if (k < n)
		{
			c = man_case(gcase, gender);
			g = gender;
		}
	}
	if (c == DX_UNK)
	{
		/* or a word it does not know, in the oblique case the given name before it shows */
		if (ge < 0 || gcase == DX_UNK || gcase == DX_NOM || gender == 0 ||
			dict_analyses(d, m, 0, 0, p, 4) > 0 || strcmp(t[m].low, dx_name_nominative(d->a, t[m].low, gender, gcase, 0)) == 0)
			return 0;
		c = gcase;
		g = gender;
	}
	else if (c != DX_NOM)
	{
		/* the first word shows the case too: a given name in it, or an unknown word's ending */
		if (ge >= 0 && gcase != DX_UNK && man_case(gcase, g) != c)
			return 0;
		if (ge < 0 && strcmp(t[i].low, dx_name_nominative(d->a, t[i].low, g, c, 0)) == 0)
		{
			/*
			 * Тедрос Аданом Гебрейесус: neither the first word nor the
			 * surname shows the middle word's oblique case, and nothing
			 * before shows another: the name is in the nominative, as
			 * written, after an office or before an undeclined surname
			 */
			if ((gcase != DX_UNK && gcase != DX_NOM) || common_word_only(d, s) != 0 ||
				strcmp(t[s].low, dx_name_nominative(d->a, t[s].low, g, c, 1)) != 0 ||
				(!after_office && !dx_undeclined_vowel_ending(t[s].low) && !dx_name_may_not_decline(t[s].low)))
				return 0;
			c = DX_NOM;
			if (gender != 0)
				g = gender;
		}
	}
	else
	{
		g = gender;
		if (gcase != DX_UNK && gcase != DX_NOM)
			return 0;
		if (ge < 0 && !known_given && !after_office && !dx_undeclined_vowel_ending(t[s].low) &&
			!dx_name_may_not_decline(t[s].low))
			return 0;
	}
	/* the surname: a name only, in that case or one that does not decline */
	if (common_word_only(d, s) != 0)
	{
		if (common_word_only(d, s) == 2 || c == DX_NOM || g == 0 ||
			strcmp(t[s].low, dx_name_nominative(d->a, t[s].low, g, c, 1)) == 0)
			return 0;
	}
	else if (c != DX_NOM && !dx_name_may_not_decline(t[s].low) && !dx_undeclined_vowel_ending(t[s].low) &&
			 (g == 0 || strcmp(t[s].low, dx_name_nominative(d->a, t[s].low, g, c, 1)) == 0))
		return 0;
	*c_out = c;
	*g_out = g;
	return 1;
}

/*
 * "Паулу Бенту заявил", "сказал Паулу Бенту": a given name and a one-word
 * surname the dictionary does not know, both in a vowel foreign names keep
 * in every case (-и, -о, -у, -э: Паулу is no woman's accusative here),
 * right next to a man's past tense of a verb of speech, which takes no
 * person as its object: its subject, a man, in the nominative as written
 */
static int
man_speaker_as_written(const dx_doc *d, int i, int s0, int s_end)
{
	const dx_tok *t = d->text.toks;
	dx_ocparse	p[4];
	int			k;

	if (s0 != i + 1 || s_end != s0 + 1 || !(t[i].flags & TF_CYR) || !(t[s0].flags & TF_CYR) ||
		!dx_undeclined_vowel_ending(t[i].low) || !dx_undeclined_vowel_ending(t[s0].low) ||
		dict_analyses(d, s0, 0, 0, p, 4) > 0)
		return 0;
	for (k = 0; k < 2; k++)
	{
		int			v = k ? s_end : i - 1;
		const char *code;

		if (v < 0 || v >= d->text.ntoks || t[v].type != TK_WORD || (t[v].flags & TF_CAP) ||
			dx_past_gender(t[v].low) != DX_MASC || (code = dx_verb_code(d, v)) == NULL ||
			strcmp(code, "speech") != 0)
			continue;
		/* one sentence: the verb right before the name, or right after it */
		if ((k == 0 && dx_sentence_start(d, i) != i) || (k == 1 && (t[v].flags & TF_SPACE) &&
														  dx_sentence_start(d, v) != v))
			return 1;
	}
	return 0;
}

/* the dictionary knows token i only as a verb of the present tense, third person singular */
static int
present_third_singular(const dx_doc *d, int i)
{
	dx_ocparse	p[16];
	const uint64_t need = DX_G(VERB) | DX_G(pres) | DX_G(per3) | DX_G(sing);
	int			n = dict_analyses(d, i, 0, 0, p, 16),
				k;

	for (k = 0; k < n; k++)
		if (p[k].predicted || (p[k].gram & need) != need)
			return 0;
	return n > 0;
}

/*
 * The dictionary knows token i (no guess) as a noun, but in the nominative
 * singular only as one that does not decline (мари: марь's other cases, a
 * people's name): no common noun that could be a subject (газета, марка).
 */
static int
no_declined_nominative_noun(const dx_doc *d, int i)
{
	dx_ocparse	p[16];
	int			n = dict_analyses(d, i, 0, 0, p, 16),
				k;

	for (k = 0; k < n; k++)
		if (!(p[k].gram & DX_G(NOUN)) ||
			((p[k].gram & DX_G(nomn)) && (p[k].gram & DX_G(sing)) && !(p[k].gram & DX_G(Fixd))))
			return 0;
	return n > 0;
}

/*
 * "Руперт Петров заявил", "Мари Дюбуа заявила": at the start of a sentence,
 * a Cyrillic word no list knows and the dictionary does not know as a common
 * word, then a single surname word, then a verb in the past tense the lexicon
 * knows: the subject of the verb.  The verb agrees with a surname of a
 * gendered ending (Петров: заявил); a surname of no such ending is one the
 * dictionary does not know at all (Дюбуа).
 */
static int
pair_before_agreeing_verb(const dx_doc *d, int i, int s0, int s_end)
{
	const dx_tok *t = d->text.toks;
	dx_ocparse	p[4];
	int			vg,
				sg,
				rare,
				currency = s0 == i + 1 && dx_span_kind_at(d, i) == LK_CURRENCY && dx_name_free(d, i);

	if (s0 != i + 1 || s_end != s0 + 1 || s_end >= d->text.ntoks || !(t[i].flags & TF_CYR) ||
		!(t[s0].flags & TF_CYR) || (t[i].flags & TF_LAT) || (t[s0].flags & TF_LAT) ||
		(dx_span_kind_at(d, i) != LK_NONE && !currency) || dx_adjective_like(t[i].low) || d->tokquoted[i] ||
		d->tokquoted[s0])
		return 0;
	/*
	 * a first word the dictionary knows as a noun that could be no subject
	 * but an indeclinable one (мари), or a currency's form taken for a
	 * given name (Франк Веркотерен), is a given name still, before a past
	 * verb of speech of a man or a woman
	 */
	rare = currency || (common_word_only(d, i) == 1 && no_declined_nominative_noun(d, i));
	if (common_word_only(d, i) != 0 && !rare)
		return 0;
	if (dx_span_kind_at(d, s0) != LK_NONE && dx_span_kind_at(d, s0) != LK_SURNAME &&
		dx_span_kind_at(d, s0) != LK_CURRENCY)
		return 0;
	/* the name's Latin spelling in brackets: Руперт Петров (Rupert Petrov) утверждает */
	if (dx_tok_punct(&t[s_end], '('))
	{
		int			k = s_end + 1;

		while (k < d->text.ntoks && k < s_end + 5 && t[k].type == TK_WORD && (t[k].flags & TF_LAT) &&
			   !(t[k].flags & TF_CYR) && (t[k].flags & TF_CAP) && !(t[k].flags & TF_NL))
			k++;
		if (k < s_end + 3 || k + 1 >= d->text.ntoks || !dx_tok_punct(&t[k], ')'))
			return 0;
		s_end = k + 1;
	}
	/*
	 * a verb in the present tense, of the third person singular (Руперт
	 * Петров утверждает), or an office in apposition after a comma (Брюно
	 * Дюбуа, глава отдела): no gender to agree with
	 */
	if (t[s_end].type == TK_WORD && !(t[s_end].flags & TF_CAP) && (t[s_end].flags & TF_SPACE) &&
		!(t[s_end].flags & TF_NL) && present_third_singular(d, s_end))
		vg = 0;
	else if (dx_tok_punct(&t[s_end], ',') && s_end + 1 < d->text.ntoks && (t[s_end + 1].flags & TF_SPACE) &&
			 !(t[s_end + 1].flags & TF_NL) && dx_span_kind_at(d, s_end + 1) == LK_OFFICE &&
			 d->spans[d->tokspan[s_end + 1]].t0 == s_end + 1)
		vg = 0;
	/*
	 * "Даниэла Ромеро переизбрана", "была избрана": a woman's short
	 * participle the dictionary knows, after a woman's past of быть
	 */
	else if ((t[s_end].flags & TF_SPACE) && !(t[s_end].flags & TF_NL) &&
			 (woman_short_form(d, s_end) ||
			  (woman_past_verb(d, s_end) && s_end + 1 < d->text.ntoks && t[s_end + 1].sent == t[s_end].sent &&
			   woman_short_form(d, s_end + 1))))
		vg = DX_FEM;
	else if (t[s_end].type != TK_WORD || (t[s_end].flags & TF_CAP) || !(t[s_end].flags & TF_SPACE) ||
			 (t[s_end].flags & TF_NL) || (vg = dx_past_gender(t[s_end].low)) == 0 || dx_verb_code(d, s_end) == NULL)
		return 0;
	if (rare && ((vg != DX_FEM && vg != DX_MASC) || dx_verb_code(d, s_end) == NULL || strcmp(dx_verb_code(d, s_end), "speech") != 0 ||
				 dx_verbal_noun_ending(t[s_end].low)))
		return 0;
	sg = dx_surname_feminine(t[s0].low) ? DX_FEM : dx_surname_nominative_of_man(t[s0].low, 0) ? DX_MASC : 0;
	if (sg != 0)
		return vg == 0 ? dx_surname_case(t[s0].low) == DX_UNK || dx_surname_case(t[s0].low) == DX_NOM : sg == vg;
	return dx_span_kind_at(d, s0) == LK_NONE && dict_analyses(d, s0, 0, 0, p, 4) == 0;
}

/*
 * "Адвокат Зардари Саифул Малук", "муж Зардари Ашок Крист": a first word no
 * list knows as a given name that is the surname of a person the story has
 * named in full before (as written or in an oblique case), before two more
 * name words: that person's surname in the genitive, and the name of
 * another person after it
 */
static int
story_surname_before_a_name(dx_doc *d, int i)
{
	const dx_tok *t = d->text.toks;
	const char *low = t[i].low;
	const int  *ids;
	int			n,
				x,
				e;

	if (t[i].type != TK_WORD || !(t[i].flags & TF_CYR) || read_nameword(d, i) != i + 1 ||
		(e = read_nameword(d, i + 1)) != i + 2 || !(t[i + 1].flags & TF_SPACE) || (t[i + 1].flags & TF_NL) ||
		read_nameword(d, e) <= e || !(t[e].flags & TF_SPACE) || (t[e].flags & TF_NL) ||
		dx_sentence_start(d, e) == e)
		return 0;
	ids = dx_ix_get(d, DX_IX_SURNAME, low, strlen(low), &n);
	for (x = 0; ids && x < n && x < DX_IX_SCAN; x++)
		if (d->ents[ids[x]].kind == DX_PERSON && d->ents[ids[x]].given != NULL &&
			d->ents[ids[x]].surname != NULL && strcmp(d->ents[ids[x]].surname, low) == 0)
			return 1;
	{
		const char *w = dx_tokens_text(d, i, i + 1);

		if (w != NULL && story_surname(d, w) != w)
			return 1;
	}
	/*
	 * a name the rules have not read yet (an office before the name is
	 * read first): the same word as written after a given name the lexicon
	 * knows, earlier in the story (Асия Биби ... адвокат Биби Саифул Малук)
	 */
	for (x = i - 1; x >= 1 && x >= i - STORY_NAME_LOOKBACK; x--)
		if (t[x].form == t[i].form && t[x].type == TK_WORD && (t[x].flags & TF_SPACE) &&
			t[x - 1].sent == t[x].sent && dx_is_cap_word(d, x - 1) && dx_tok_entry_kind(d, x - 1, LK_GIVEN) >= 0 &&
			dx_tok_entry_kind(d, x, LK_GIVEN) < 0)
			return 1;
	return 0;
}

/*
 * "Председатель Центризбиркома Элла Памфилова": after an office, a word
 * read (known or guessed) only as a common noun or an organisation in the
 * genitive singular, before a word the dictionary knows as a given name, is
 * the office's body, no first name of three (Абий Ахмед Али: Абий reads
 * otherwise too)
 */
static int
body_genitive_before_given(const dx_doc *d, int i, int g)
{
	dx_ocparse	p[32];
	int			n,
				k;

	if (dict_analyses(d, g, DX_G(Name) | DX_G(sing), 0, p, 32) == 0 || (n = dict_analyses(d, i, 0, 1, p, 32)) == 0)
		return 0;
	for (k = 0; k < n; k++)
		if (!(p[k].gram & DX_G(NOUN)) || !(p[k].gram & DX_G(sing)) || oc_case(p[k].gram) != DX_GEN ||
			(p[k].gram & ((DX_G_NAMES & ~DX_G(Orgn)) | DX_G(Abbr) | DX_G(Init) | DX_G(anim))))
			return 0;
	return 1;
}

static int	surname_after_honorific(dx_doc *d, int i);

/*
 * "с главой Росстата Аркадием Фоминым", "о председателе Центризбиркома
 * Аркадии Фомине": the words of one name agree in case.  A word before a
 * name in the dative, instrumental or prepositional (gcase) that keeps its
 * form in that case but reads as a genitive by its ending (of gender), or
 * a word built like a body's name (Росстат, Мосгордума), is the body an
 * office is of, no word of the name.  Not in the genitive or the
 * accusative, which a man's name shares with it (главы Росстата ...).
 */
static int
body_word_before_name(dx_doc *d, int i, int gender, int gcase)
{
	const char *in_case,
			   *as_gen;

	if (dx_body_compound(d, i))
		return 1;
	if (gcase != DX_DAT && gcase != DX_INS && gcase != DX_PREP)
		return 0;
	in_case = nameword_nominative(d, i, i + 1, gender, gcase, 0);
	as_gen = nameword_nominative(d, i, i + 1, gender, DX_GEN, 0);
	return in_case != NULL && as_gen != NULL && strcmp(lower(d, in_case), d->text.toks[i].low) == 0 &&
		strcmp(lower(d, as_gen), d->text.toks[i].low) != 0;
}

/*
 * "с премьер-министром Андорры Хавьером Эспотом Саморой", "президента
 * Вьетнама Нгуен Суан Фука", "премьер-министра Непала Пушпы Камала
 * Дахала": after an office in an oblique case, three
 * capitalised words of one sentence no list but the names' (the last also
 * a town's) knows, the first two not known to the dictionary as common
 * words, and no fourth after them, the last showing the office's case by
 * its ending: one name of three words, each in the nominative of that case
 * (a word that does not show it as written).  The given name the lexicon
 * knows tells the gender, a man's otherwise.  Gives the three nominatives
 * in w and the gender in *gender_out; 1 when it is such a name, 0 if not.
 */
static int
three_word_name_shape(dx_doc *d, int i, int gcase, const char **w, int *gender_out)
{
	const dx_tok *t = d->text.toks;
	int			n = d->text.ntoks,
				k,
				gender = DX_MASC,
				ge;

	/* центра имени Чумакова: the name a body is named after */
	if (gcase == DX_UNK || gcase == DX_NOM || i < 1 || i + 3 > n || i == dx_sentence_start(d, i) ||
		named_after(d, i))
		return 0;
	for (k = i; k < i + 3; k++)
	{
		int			kind = dx_span_kind_at(d, k);

		if (!dx_is_cap_word(d, k) || !(t[k].flags & TF_CYR) || (t[k].flags & TF_NL) ||
			(k > i && (!(t[k].flags & TF_SPACE) || dx_sentence_start(d, k) == k)) ||
			read_nameword(d, k) != k + 1 || d->tokperson[k] >= 0 || d->tokquoted[k] ||
			dx_looks_patronymic(t[k].low) || (k < i + 2 && common_word_only(d, k) != 0) || place_word_only(d, k) ||
			(kind != LK_NONE && kind != LK_GIVEN && kind != LK_SURNAME &&
			 !(k == i + 2 && (kind == LK_CITY || kind == LK_REGION))))
			return 0;
	}
	/* a fourth capitalised word: another name may start among them */
	if (i + 3 < n && dx_is_cap_word(d, i + 3) && (t[i + 3].flags & TF_SPACE) && !(t[i + 3].flags & TF_NL))
		return 0;
	ge = dx_tok_entry_kind(d, i, LK_GIVEN) >= 0 ? choose_given(d, i, i + 1, gcase) : -1;
	if (ge >= 0 && dx_given_gender(d, ge) != 0)
		gender = dx_given_gender(d, ge);
	if (ge < 0 && body_word_before_name(d, i, gender, gcase))
		return 0;				/* главой Росстата Аркадием Фоминым */
	/* the surname shows the case */
	w[2] = nameword_nominative(d, i + 2, i + 3, gender, gcase, 1);
	if (w[2] == NULL || strcmp(lower(d, w[2]), t[i + 2].low) == 0)
		return 0;
	for (k = 0; k < 2; k++)
	{
		if (k == 0 && ge >= 0)
			w[k] = dx_entry(d, ge)->name;
		else
			w[k] = nameword_nominative(d, i + k, i + k + 1, gender, gcase, 0);
		if (w[k] == NULL)
			return 0;
	}
	*gender_out = gender;
	return 1;
}

/*
 * is a name of three words in the oblique case gcase at token i
 * (three_word_name_shape)?  offices.c asks it before it takes a
 * capitalised genitive before a given name for the office's body
 * ("премьер-министра Непала Пушпы Камала Дахала")
 */
int
dx_three_word_name(dx_doc *d, int i, int gcase)
{
	const char *w[3];
	int			g;

	return three_word_name_shape(d, i, gcase, w, &g);
}

/* a name of three words in an oblique case after an office (three_word_name_shape): its person */
static int
oblique_three_word_name(dx_doc *d, int i, int gcase, int *ent_out)
{
	const char *w[3];
	const char *full;
	dx_buf		b;
	int			k,
				gender,
				ent;

	if (!three_word_name_shape(d, i, gcase, w, &gender))
		return -1;
	dx_buf_init(&b, d->a);
	for (k = 0; k < 3; k++)
	{
		if (k > 0)
			dx_buf_addc(&b, ' ');
		dx_buf_adds(&b, w[k]);
	}
	full = dx_strdup(d->a, dx_buf_str(&b));
	ent = dx_person_entity(d, full, w[2], w[0], gender);
	if (ent < 0)
		return -1;
	dx_add_mention(d, i, i + 3, DX_PERSON, DX_FORM_NAME, full, ent);
	*ent_out = ent;
	return i + 3;
}

/*
 * "с президентом Мозамбика Филипе Ньюси", "Филипе Ньюси заявил": a man's
 * given name at i the lexicon knows (ge) written in -е, read as that name's
 * prepositional (Филипе of Филип), where nothing shows that (or a dative)
 * case: the office before it shows another (gcase), or no office nor
 * preposition nor noun in either case stands before it, and the surname
 * after it at s does not show the case: a name of its own in the
 * nominative (the Portuguese and Spanish Филипе, Жозе, Фелипе), as written.
 */
static int
given_in_e_as_written(const dx_doc *d, int i, int ge, int s, int gcase, int after_office)
{
	const dx_tok *t = d->text.toks;
	size_t		len = strlen(t[i].low);
	int			own = dx_case_of(t[i].low, lower((dx_doc *) d, dx_entry(d, ge)->term)),
				ag = 0;
	const char *sn;

	/* a man's name in -е: the prepositional by its ending alone (dx_case_of) */
	if (own != DX_PREP || dx_given_gender(d, ge) != DX_MASC || len < 4 ||
		gcase == DX_DAT || gcase == DX_PREP || s >= d->text.ntoks || read_nameword(d, s) != s + 1 ||
		!(t[s].flags & TF_CYR))
		return 0;
	if (gcase == DX_UNK)
	{
		if (after_office || (i > 0 && (dx_tok_gram(d, i - 1) & GR_PREP)))
			return 0;
		if (i > 0)
		{
			int			c = apposition_case(d, i - 1, &ag);

			if (c == DX_DAT || c == DX_PREP)
				return 0;
		}
	}
	sn = dx_name_nominative(d->a, t[s].low, dx_given_gender(d, ge), own, 1);
	return sn != NULL && strcmp(sn, t[s].low) == 0;
}

static int	capitals_surname_person(dx_doc *d, int i);

/*
 * "Аркадий Фомин, глава Роснано, заявил", "(советник Мосэнерго)": a
 * capitalised word at token i no list or dictionary knows as a name, nor
 * shaped as a Russian surname, alone after an office that opens an
 * apposition (after a comma, a bracket or a dash) and right before the apposition
 * closes, is the body the office is of; the name before the apposition
 * holds it.  Not in a list of posts with surnames (мэр Петров, министр
 * финансов Смирнов), whose words read as surnames.
 */
static int
body_closing_apposition(dx_doc *d, int i)
{
	const dx_tok *t = d->text.toks;
	int			n = d->text.ntoks,
				k,
				office = 0;
	dx_ocparse	p[16];

	if (i + 1 >= n || !dx_is_cap_word(d, i) || !(t[i].flags & TF_CYR) || d->tokperson[i] >= 0 ||
		!(dx_tok_punct(&t[i + 1], ',') || dx_tok_punct(&t[i + 1], ')') || dx_tok_punct(&t[i + 1], '.') ||
		  t[i + 1].type == TK_DASH) ||
		dx_span_kind_at(d, i) != LK_NONE || dx_tok_entry_kind(d, i, LK_GIVEN) >= 0 ||
		dx_tok_entry_kind(d, i, LK_SURNAME) >= 0 || dx_person_name_ending(t[i].low) ||
		dx_surname_oblique(t[i].low) || dict_analyses(d, i, DX_G(Name), 0, p, 16) > 0 ||
		dict_analyses(d, i, DX_G(Surn), 0, p, 16) > 0)
		return 0;
	/* back over the office's words, eight at most, to the comma or bracket opening the apposition */
	for (k = i - 1; k >= 0 && k >= i - 8 && t[k].type == TK_WORD && t[k].sent == t[i].sent; k--)
	{
		/* "митрополит Варнава": a title before a name of its own */
		if (dx_tok_has_cue(d, k, CUE_CHURCH_TITLE) || dx_tok_has_cue(d, k, CUE_TITLE))
			return 0;
		if (dx_span_kind_at(d, k) == LK_OFFICE)
			office = k;
		else if ((t[k].flags & TF_CAP) && !(t[k].flags & TF_ALLCAPS))
			return 0;
	}
	/* the office opens the apposition: "по словам профессора Кауфмана," is no apposition */
	return office == k + 1 && k > 0 && (dx_tok_punct(&t[k], ',') || dx_tok_punct(&t[k], '(') || t[k].type == TK_DASH) &&
		t[k - 1].type == TK_WORD && (t[k - 1].flags & TF_CAP);
}

/*
 * A capitalised word no list or dictionary knows as a given name or a
 * surname (Мосэнерго, Норникеля) at token i is no word of the name after
 * it, the body an office before it is of, when what follows is a given
 * name the lexicon knows and a name word ("гендиректором Мосэнерго
 * Аркадием Фоминым": a given name stands first in a name), or, after an
 * office in the nominative, a man's surname in the nominative by its ending
 * while the word ends as a genitive does ("Глава Норникеля Фомин": no man's
 * given name, but a few, ends in -а, -я; a woman's does not go with a man's
 * surname).  Returns 1 before a given name, 2 before a surname alone, else 0.
 */
static int
unknown_body_before_name(dx_doc *d, int i, int gcase)
{
	const dx_tok *t = d->text.toks;
	int			n = d->text.ntoks;
	dx_ocparse	p[16];

	if (i + 2 >= n || !dx_is_cap_word(d, i) || !dx_is_cap_word(d, i + 1) || !(t[i].flags & TF_CYR) ||
		t[i + 1].sent != t[i].sent || !(t[i + 1].flags & TF_SPACE) || d->tokperson[i] >= 0 ||
		dx_tok_entry_kind(d, i, LK_GIVEN) >= 0 || dx_tok_entry_kind(d, i, LK_SURNAME) >= 0 ||
		dx_span_kind_at(d, i) != LK_NONE || name_particle(d, i) || name_link_at(d, i) ||
		dict_analyses(d, i, DX_G(Name), 0, p, 16) > 0 || dict_analyses(d, i, DX_G(Surn), 0, p, 16) > 0)
		return 0;
	/* a given name the lexicon knows, then a Russian surname (not Тесфай Ахмед Али) */
	if (dx_tok_entry_kind(d, i + 1, LK_GIVEN) >= 0 && read_nameword(d, i + 1) == i + 2 &&
		read_nameword(d, i + 2) == i + 3 &&
		(dx_person_name_ending(t[i + 2].low) || dx_surname_oblique(t[i + 2].low) ||
		 dict_analyses(d, i + 2, DX_G(Surn), 0, p, 16) > 0))
		return 1;
	/* a man's surname alone in the nominative, the word before it in -а, -я */
	if (gcase == DX_NOM && dx_surname_nominative_of_man(t[i + 1].low, 0) &&
		read_nameword(d, i + 1) == i + 2 && (i + 2 >= n || read_nameword(d, i + 2) < 0) &&
		(dx_genitive_i_ending(t[i].low) ||
		 (dx_first_declension_ending(t[i].low) && !dx_tok_has_cue(d, i, CUE_MALE_NAME_IN_A))))
		return 2;
	/*
	 * "с пресс-секретарем Норникеля Фоминым", "главе Белнефтехима Фомину":
	 * after an office in the dative or the instrumental, a word in -а, -я
	 * (no given name ends so in those cases) before a surname in them
	 */
	if ((gcase == DX_DAT || gcase == DX_INS) && dx_surname_case_ending(t[i + 1].low, gcase, 1) &&
		read_nameword(d, i + 1) == i + 2 && (i + 2 >= n || read_nameword(d, i + 2) < 0) &&
		(dx_first_declension_ending(t[i].low) ||
		 /* in -и, -ы before a man's surname only: "Марии Беловой" is a woman's name */
		 (dx_genitive_i_ending(t[i].low) && dx_surname_case_ending(t[i + 1].low, gcase, 0))))
		return 2;
	return 0;
}

/*
 * A person named by rule starting at token i: [given [patronymic|given]] surname,
 * or initials + surname.  gcase: case seen on a preceding office word.
 * Returns the token after the name or -1.
 */
int
dx_rule_person(dx_doc *d, int i, int gcase, int after_office, int *ent_out)
{
	int			g_end,
				s0,
				s_end,
				ge;
	int			gender = 0;
	const char *given = NULL;
	const char *surname;
	const char *full;
	dx_buf		b;
	int			ent;
	int			t0 = i;
	int			family_nom = -1;	/* the family name's nominative, written after the name */
	const char *dgiven = NULL;	/* the dictionary's given name, when the lexicon has none */
	int			c3,
				g3,
				three,
				e_as_written = 0,
				ub;
	int			dgender = 0,
				dcase = DX_UNK,
				dagree = 0;
	const dx_tok *toks = d->text.toks;

	*ent_out = -1;
	/* "директор Wintershall": a Latin word after an office names the body */
	if (after_office && (toks[i].flags & TF_LAT) && !(toks[i].flags & TF_CYR))
		return -1;
	/* "с послом Андорры госпожой Петровой": a surname alone after a form of address */
	if (after_office && surname_after_honorific(d, i) && d->tokperson[i] >= 0)
	{
		*ent_out = d->tokperson[i];
		return i + 1;
	}
	/* "патриарх Московский Кирилл": the see goes */
	if (see_before_given(d, i))
		return dx_rule_person(d, see_before_given(d, i), gcase, after_office, ent_out);
	/* "гендиректором Мосэнерго Аркадием Фоминым", "Глава Норникеля Фомин" */
	/* "Аркадий Фомин, глава Роснано, заявил": the body, no holder */
	if (after_office && body_closing_apposition(d, i))
	{
		if (d->tokbody)
			d->tokbody[i] = 1;
		return -1;
	}
	if ((ub = unknown_body_before_name(d, i, after_office ? gcase : DX_UNK)) > 0)
	{
		/* before a surname alone, the body's word is no later name's either */
		if (ub == 2 && d->tokbody)
			d->tokbody[i] = 1;
		return dx_rule_person(d, i + 1, gcase, after_office, ent_out);
	}
	if (after_office)
	{
		int			e3 = oblique_three_word_name(d, i, gcase, ent_out);

		if (e3 > i)
			return e3;
	}
	/*
	 * "Глава Росстата Фомин заявил", "председателю Мосгордумы Фомину": a
	 * word built like a body's name, in a genitive's ending, before a
	 * capitalised word starts no name: the body's, whose holder's name
	 * follows
	 */
	if (i + 1 < d->text.ntoks && toks[i + 1].sent == toks[i].sent && dx_is_cap_word(d, i + 1) &&
		dx_genitive_form(&toks[i]) && dx_body_word(d, i))
		return after_office ? dx_rule_person(d, i + 1, gcase, after_office, ent_out) : -1;
	/*
	 * "Председатель Центризбиркома Элла Памфилова": the office's body in
	 * the genitive, then the holder's name
	 */
	if ((after_office || office_before(d, i)) && i + 2 < d->text.ntoks && dx_is_cap_word(d, i + 1) &&
		dx_tok_entry_kind(d, i, LK_GIVEN) < 0 && dx_tok_entry_kind(d, i, LK_SURNAME) < 0 &&
		read_nameword(d, i) == i + 1 && read_nameword(d, i + 1) == i + 2 && read_nameword(d, i + 2) > i + 2 &&
		body_genitive_before_given(d, i, i + 1))
		return dx_rule_person(d, i + 1, gcase, after_office, ent_out);
	if (after_office && i + 1 < d->text.ntoks && toks[i + 1].sent == toks[i].sent && dx_is_cap_word(d, i + 1) &&
		place_in_another_case(d, i, gcase))
		return dx_rule_person(d, i + 1, gcase, after_office, ent_out);	/* с мэром Казани Фоминым */
	if (after_office && office_body_word(d, i, gcase))
		return -1;				/* главами Роскомнадзора */
	if (after_office && office_town(d, i))
		return -1;				/* мэр Стамбула */
	if (named_after(d, i))
		return -1;				/* институт имени Н. Ф. Гамалеи */
	/* initials: С. Лавров, С.В. Лавров */
	if (i + 2 < d->text.ntoks && toks[i].type == TK_WORD && toks[i].nchars == 1 &&
		(toks[i].flags & TF_CAP) && dx_tok_punct(&toks[i + 1], '.'))
		return initials_person(d, i, gcase, ent_out);
	/* "министр финансов Иван ПЕТРОВ": the surname in capitals, as a newspaper writes it */
	if (after_office)
	{
		int			ce = capitals_surname_person(d, i);

		if (ce > i)
		{
			*ent_out = d->tokperson[i];
			return ce;
		}
	}

	g_end = read_nameword(d, i);
	if (g_end < 0)
		return -1;
	ge = choose_given(d, i, g_end, gcase);
	/*
	 * after an office, two words the dictionary knows only as common
	 * words, an adjective and a noun agreeing with it, name a body
	 * (представителем в палатах Федерального Собрания)
	 */
	if (after_office && ge < 0 && g_end - i == 1 && read_nameword(d, g_end) == g_end + 1 &&
		common_word_only(d, i) == 1 && common_word_only(d, g_end) == 1 && adjective_agrees(d, i, g_end))
		return -1;
	if (g_end - i == 1)
	{
		int			s1 = read_nameword(d, g_end);

		dagree = dict_given(d, i, s1 == g_end + 1 ? g_end : -1, &dgiven, &dgender, &dcase);
		if (dagree == 0)
			dgiven = NULL;
		/*
		 * посла Кирана Мулви: the dictionary's woman's name in the
		 * nominative, after a man's noun in an oblique case, is a man's
		 * name in that case (a woman's would decline with the noun)
		 */
		if (ge < 0 && dgiven != NULL && dgender == DX_FEM && dcase == DX_NOM && gcase == DX_UNK &&
			s1 == g_end + 1 && oblique_man_before(d, i) != DX_UNK)
		{
			gcase = oblique_man_before(d, i);
			gender = DX_MASC;
			dgiven = NULL;
		}
	}
	if (ge >= 0 && dgiven != NULL)
	{
		/* of the lexicon's readings (Анну: Анн or Анна), the dictionary's */
		int			cand[8],
					n = dx_tok_entries(d, i, LK_GIVEN, cand, 8),
					k;
		const char *dl = lower(d, dgiven);

		for (k = 0; k < n; k++)
			if (strcmp(lower(d, dx_entry(d, cand[k])->name), dl) == 0)
				break;
		if (k < n && dagree == 3 && strcmp(lower(d, dx_entry(d, ge)->name), dl) != 0)
			ge = spelt_as_written(d, i, cand[k]);	/* Алёна as written, not Алена */
		else if (k < n && cand[k] == ge)
			;
		else
			dagree = 0;
	}
	/* the genitive of a surname of the story before another person's name */
	if (ge < 0 && dgiven == NULL && g_end - i == 1 && story_surname_before_a_name(d, i))
		return -1;
	/*
	 * "Суд оправдал Ивана Петрова. Помощник Петрова Белов заявил": the next
	 * word names the holder an office before this word has found already,
	 * past the genitive of the surname of a person the story has named or
	 * the lexicon knows ("Помощник Байдена Салливан"), whose office it is;
	 * no given name of the holder's
	 */
	if (!after_office && ge < 0 && g_end - i == 1 && d->tokperson[g_end] >= 0 && office_before(d, i) &&
		((dx_span_kind_at(d, i) == LK_SURNAME && d->spans[d->tokspan[i]].t1 == g_end) ||
		 dx_story_surname_genitive(d, i)))
		return -1;
	/* an unknown first word, a second given name and a surname: Абий Ахмед Али, Эспен Барт Эйде */
	three = ge < 0 && dgiven == NULL && g_end - i == 1 && read_nameword(d, g_end) == g_end + 1 &&
		third_name_word(d, i, g_end, ge, 0, after_office, gcase, gender, &c3, &g3);
	if (ge >= 0 && g_end - i == 1 && given_in_e_as_written(d, i, ge, g_end, gcase, after_office))
	{
		e_as_written = 1;
		gender = dx_given_gender(d, ge);
		if (gcase == DX_UNK)
			gcase = DX_NOM;
	}
	else if (ge >= 0)
	{
		int			own = dx_case_of(toks[i].low, lower(d, dx_entry(d, ge)->term));

		gender = dx_given_gender(d, ge);
		/*
		 * "советником премьера Марком Седвиллом": the name is in apposition
		 * to another word than the office; an oblique case its given name
		 * shows wins over the office's
		 */
		if (gcase != DX_UNK && own != DX_UNK && own != DX_NOM && own != gcase)
			gcase = own;
		/*
		 * "Супруга президента Франции Мария Иванова": a given name that
		 * declines, written in its nominative, is in the nominative
		 */
		else if (gcase != DX_UNK && gcase != DX_NOM && own == DX_NOM &&
				 dx_given_declines(lower(d, dx_entry(d, ge)->term)) &&
		/* not before a man's surname in an oblique case: "президента Ахмат-Хаджи Кадырова" */
				 !(gender != DX_FEM && g_end < d->text.ntoks && dx_surname_oblique(toks[g_end].low)))
			gcase = DX_NOM;
		if (gcase == DX_UNK && dagree >= 2 && gender == dgender)
			gcase = dcase;
		if (gcase == DX_UNK)
			gcase = own;
	}
	else if (after_office && dgiven == NULL && g_end - i == 1 && dx_tok_entry_kind(d, g_end, LK_GIVEN) >= 0 &&
			 dx_tok_entry_kind(d, i, LK_SURNAME) < 0 && read_nameword(d, g_end) == g_end + 1 &&
			 read_nameword(d, g_end + 1) > g_end + 1 && !three)
	{
		/*
		 * "главы Химок Владимира Стрельченко", "защитник Арсенала Киран
		 * Гиббс": a word no name list knows, then a given name and a
		 * surname: the first word names the body, the name follows it
		 */
		return dx_rule_person(d, g_end, gcase, after_office, ent_out);
	}
	else if (three)
	{
		/* Абий Ахмед Али: a first given name no list knows */
		if (gcase == DX_UNK)
			gcase = c3;
		if (gender == 0)
			gender = g3;
	}
	else if (!after_office)
	{
		/* an unknown first word: a name only before another name word */
		int			e2 = read_nameword(d, g_end);
		int			initial = (toks[i].flags & TF_NL) || i == dx_sentence_start(d, i) ||
			(i > 0 && toks[i - 1].type == TK_QUOTE);

		/* at the start of a sentence any word is capitalised: Вчера Токаев ... */
		if (e2 < 0 ||
			(e2 - g_end != 1 && !(e2 - g_end == 3 && arabic_article(d, g_end)) &&
			 !(e2 - g_end == 2 && name_link_at(d, g_end))) ||
			!(toks[i].flags & TF_CYR) || !(toks[g_end].flags & TF_CYR) ||
			company_word(toks[i].low) || company_word(toks[g_end].low) ||
			(i > 0 && (dx_tok_gram(d, i - 1) & (GR_P_V | GR_P_NA | GR_P_IZ)) &&
			 !(dgiven != NULL && dagree >= 2 && dcase != DX_UNK && dcase != DX_NOM &&
			   common_word_only(d, g_end) != 1)) ||
			(toks[g_end].flags & TF_NL) ||
			(dx_adjective_like(toks[i].low) && dgiven == NULL && !dx_instrumental_name_pair(toks[i].low, toks[g_end].low) &&
			 !woman_instrumental_pair(d, i, g_end)) ||
			(dx_adjective_like(toks[g_end].low) && dagree != 3 &&
			 !dx_instrumental_name_pair(toks[i].low, toks[g_end].low)) ||
			(initial && !known_person_at(d, i, g_end) && !unknown_before_surname(d, i, g_end) &&
			 !man_speaker_as_written(d, i, g_end, e2) && !pair_before_agreeing_verb(d, i, g_end, e2) &&
			 !(g_end == i + 1 && e2 == g_end + 1 && (dx_span_kind_at(d, g_end) == LK_REGION ||
												   dx_span_kind_at(d, g_end) == LK_CITY) &&
			   place_as_surname(d, g_end))) ||
			dx_tok_entry_kind(d, g_end, LK_GIVEN) >= 0)
			return -1;
		/*
		 * a man's surname in the nominative (-ов, -ин), then the surname of
		 * a person the lexicon knows in an oblique case: two names, the
		 * subject and the object of a verb (говорил Собянин Путину)
		 */
		if (dgiven == NULL && dx_surname_nominative_of_man(toks[i].low, 0) &&
			dx_span_kind_at(d, g_end) == LK_SURNAME && dx_surname_case(toks[g_end].low) != DX_UNK &&
			dx_surname_case(toks[g_end].low) != DX_NOM)
			return -1;

		/*
		 * Words the dictionary knows only as common words: two of them are
		 * not a name (с Днем Победы, Адрес Редакции) unless the story names
		 * the person; a verb or an adverb (Заявил Макрон) never starts one.
		 */
		/*
		 * a word the dictionary knows only as a place starts no name: the
		 * place a person or a thing is of (советника Татарстана Минтимера
		 * Шаймиева, интересам Европы Северный поток), unless a surname's
		 * ending follows (Гата Камский)
		 */
		if (dgiven == NULL && place_word_only(d, i) && !dx_person_name_ending(toks[g_end].low))
			return -1;
		/*
		 * two words, the last known only as a common word, that an
		 * adjective before them agrees with: a noun phrase with a foreign
		 * word in it (в британском Форин Офисе)
		 */
		if (dgiven == NULL && e2 == g_end + 1 && common_word_only(d, g_end) == 1 &&
			adjective_agrees_before(d, i, g_end))
			return -1;
		if (dgiven == NULL && !known_person_at(d, i, g_end) && !short_parts_name(d, i))
		{
			int			c1 = common_word_only(d, i);

			if (c1 == 2 ||
				(c1 == 1 && dx_span_kind_at(d, g_end) != LK_SURNAME && common_word_only(d, g_end) > 0))
				return -1;
			/*
			 * a common noun and a word in another case (Университет
			 * Барселоны, Центре Гамалеи), or a place (Университета
			 * Барселоны); a short word in -у, -и, -о may be a foreign
			 * given name that does not decline (Тору Камикава)
			 */
			if (c1 == 1 && !(toks[i].nchars <= 5 && dx_short_given_may_not_decline(toks[i].low)) &&
				(!cases_agree(d, i, g_end) || place_word_only(d, g_end)))
				return -1;
		}
	}
	if (ge < 0 && dgiven != NULL)
		gender = dgender;
	if (dgiven != NULL && (ge < 0 || gender == dgender) &&
		(gcase == DX_UNK || (ge < 0 && dcase != DX_UNK && dcase != DX_NOM)))
		gcase = dcase;			/* as above: an oblique case the given name shows wins */
	if (gcase == DX_UNK && g_end < d->text.ntoks)
		gcase = case_from_surname(d, g_end);
	if (gcase == DX_UNK && !after_office)
	{
		int			ag = 0;

		gcase = apposition_case(d, i - 1, &ag);	/* поэту Габдулле Тукаю */
		if (gcase != DX_UNK && gender == 0 && ag != 0)
			gender = ag;		/* христианской девочки Римши: a woman */
	}
	/*
	 * Саймой Бирмингем: an unknown given name in a woman's oblique ending
	 * before a surname in a consonant that has kept its form: a woman's
	 * name (a man's surname would decline with it)
	 */
	if (ge < 0 && dgiven == NULL && g_end - i == 1 && read_nameword(d, g_end) == g_end + 1 &&
		(toks[g_end].flags & TF_CYR) && !name_particle(d, g_end) &&
		dx_name_keeps_form_for_woman(toks[g_end].low) && dx_woman_given_case(toks[i].low) != DX_UNK)
	{
		gender = DX_FEM;
		gcase = dx_woman_given_case(toks[i].low);
	}
	/* Эндой Кенни: the given name in the instrumental, the surname as written */
	if (gcase == DX_UNK && ge < 0 && dgiven == NULL && g_end - i == 1 && read_nameword(d, g_end) == g_end + 1 &&
		woman_instrumental_pair(d, i, g_end))
	{
		gender = DX_FEM;
		gcase = DX_INS;
	}
	/* two names neither the lexicon nor the dictionary knows: their endings' agreement */
	if (gcase == DX_UNK && ge < 0 && dgiven == NULL && g_end - i == 1 &&
		(read_nameword(d, g_end) == g_end + 1 ||
		 (read_nameword(d, g_end) == g_end + 2 && name_link_at(d, g_end))))
	{
		int			g2,
					c2;

		/* the link of an Arabic name does not decline: Усамы бин Ладена */
		if (guessed_agreement(d, i, read_nameword(d, g_end) - 1, &g2, &c2))
		{
			gender = g2;
			gcase = c2;
		}
	}
	/*
	 * an unknown given name before a link (Усамы бин Ладена) that cannot
	 * be a nominative singular, in a case nothing tells: its nominative is
	 * not known, leave it
	 */
	if (ge < 0 && dgiven == NULL && !after_office && gcase == DX_UNK && name_link_at(d, g_end))
	{
		dx_ocparse	p[4];

		if (dict_analyses(d, i, DX_G(nomn) | DX_G(sing), 1, p, 4) == 0)
			return -1;
	}
	/* Симаном Поваренкиным: a man's name in the instrumental */
	if (gcase == DX_UNK && ge < 0 && dgiven == NULL && g_end - i == 1 && read_nameword(d, g_end) == g_end + 1 &&
		dx_instrumental_name_pair(toks[i].low, toks[g_end].low) && (toks[i].flags & TF_CYR))
	{
		gcase = DX_INS;
		if (gender == 0)
			gender = DX_MASC;
	}
	/*
	 * Вольфгангом Соботкой: a given name in the instrumental in -ом, -ем is
	 * a man's (a woman's ends in -ой, -ей, -ью); his surname may decline
	 * like a feminine noun in -а
	 */
	if (gender == 0 && gcase == DX_INS && g_end - i == 1 && (toks[i].flags & TF_CYR) &&
		dx_om_em_ending(toks[i].low))
		gender = DX_MASC;
	s0 = g_end;
	s_end = read_nameword(d, s0);
	/* a name does not go on past the end of a paragraph or a line: пророка Мухаммеда / Суд Пакистана */
	if (s_end > 0 && s0 < d->text.ntoks && (toks[s0].flags & TF_NL))
		s_end = -1;
	/* a second given name or a patronymic */
	if (s_end > 0 && s_end - s0 == 1 && !dx_looks_patronymic(toks[s0].low) &&
		dx_tok_entry_kind(d, s0, LK_GIVEN) < 0 && g_end - i == 1 && s0 == g_end &&
		third_name_word(d, i, s0, ge, dgiven != NULL, after_office, gcase, gender, &c3, &g3))
	{
		/* Эспена Барта Эйде: the middle name the dictionary knows tells the case */
		if (gcase == DX_UNK || gcase == DX_NOM)
			gcase = c3;
		if (gender == 0)
			gender = g3;
		s0 = s_end;
		s_end = read_nameword(d, s_end);
	}
	else if (s_end > 0 && s_end - s0 == 1 && (dx_looks_patronymic(toks[s0].low) ||
											  dx_tok_entry_kind(d, s0, LK_GIVEN) >= 0))
	{
		int			s2 = read_nameword(d, s_end);

		/* a name does not go on past the end of a line (a headline: Оливер Иванович) */
		if (s2 > 0 && !(toks[s_end].flags & TF_NL))
		{
			int			more = 0;

			s0 = s_end;
			s_end = s2;

			/*
			 * An Arabic name of four parts after two given names
			 * (Мухаммад Ахмад Салих Хаддад, Али Хасан Абд аль-Карим
			 * Мансур): the family name that ends it, a word no name list
			 * and no dictionary knows, in one sentence with the rest.
			 */
			while (ge >= 0 && g_end - i == 1 && s_end - s0 == 1 && more < 2 &&
				   !dx_looks_patronymic(toks[g_end].low) && s_end < d->text.ntoks &&
				   (toks[s_end].flags & TF_SPACE) && !(toks[s_end].flags & TF_NL) &&
				   (toks[s_end].flags & TF_CYR) && dx_sentence_start(d, s_end) != s_end)
			{
				int			w = s_end,
							e;

				/* аль-Карим: the article's word belongs to the name, the family name follows */
				if (more == 0 && arabic_article(d, s_end) && read_nameword(d, s_end) == s_end + 3)
				{
					w = s_end + 3;
					if (w >= d->text.ntoks || !(toks[w].flags & TF_SPACE) || (toks[w].flags & TF_NL))
						break;
				}
				e = read_nameword(d, w);
				if (e != w + 1 || dx_tok_entry_kind(d, w, LK_GIVEN) >= 0 || dx_span_kind_at(d, w) != LK_NONE ||
					common_word_only(d, w) != 0 || dx_looks_patronymic(toks[w].low))
					break;
				if (w > s_end)
				{
					s0 = w;
					s_end = e;
					break;
				}
				s0 = w;
				s_end = e;
				more++;
			}
		}
	}
	/*
	 * A long Arabic or Malay name (Мохаммед Фаиз Камалуддин): a third name
	 * word right after a given name and a second one, in one sentence, that
	 * the dictionary does not know as a common word, belongs to it.
	 */
	else if (s_end > 0 && s_end - s0 == 1 && ge >= 0 && g_end - i == 1 && s_end < d->text.ntoks &&
			 read_nameword(d, s_end) == s_end + 1 && (toks[s_end].flags & TF_CYR) &&
			 (toks[s_end].flags & TF_SPACE) && !(toks[s_end].flags & TF_NL) &&
			 dx_sentence_start(d, s_end) != s_end && dx_tok_entry_kind(d, s_end, LK_GIVEN) < 0 &&
			 dx_tok_entry_kind(d, s0, LK_GIVEN) < 0 && common_word_only(d, s_end) == 0 &&
			 !dx_looks_patronymic(toks[s_end].low) && (gcase == DX_NOM || gcase == DX_UNK) &&
			 !known_surname(d, s0) && dx_span_kind_at(d, s0) == LK_NONE)
	{
		s0 = s_end;
		s_end++;
	}
	/*
	 * an Arabic name goes on after its surname part: Хамад бен Халифа Аль
	 * Тани, Моза бинт Нассер; a few links at most
	 */
	{
		int			links = 0;

		while (s_end > 0 && s_end < d->text.ntoks && links++ < NAME_PARTICLES &&
			   name_link_at(d, s_end) && (toks[s_end].flags & TF_SPACE) &&
			   !(toks[s_end].flags & TF_NL) && dx_sentence_start(d, s_end) != s_end &&
			   name_particle(d, s_end) && read_nameword(d, s_end) - s0 <= 6)
			s_end = read_nameword(d, s_end);
	}
	if (s_end < 0)
		return after_office ? one_word_after_office(d, i, g_end, ge, gender, gcase, ent_out) : -1;
	if (s_end - s0 > 3 && !(s_end - s0 <= 6 && name_link_at(d, s0)))
		return -1;
	/*
	 * Names of short parts: Аун Сан Су Чжи, Ким Чен Ир, Хван Чжан Еп.  When
	 * every part so far has at most four letters, further such parts belong
	 * to the name (four in all).
	 */
	if (ge < 0 || g_end - i == 1)
	{
		int			k,
					all_short = 1;

		for (k = i; k < s_end; k++)
			if (toks[k].type != TK_WORD || toks[k].nchars > 4)
				all_short = 0;
		/*
		 * the first part again starts the next name, of the same family:
		 * отец Кима Чен Ира Ким Ир Сен
		 */
		while (all_short && s_end - i < 4 && s_end < d->text.ntoks && toks[s_end].nchars <= 4 &&
			   (toks[s_end].flags & TF_SPACE) && (toks[s_end].flags & TF_CYR) &&
			   dx_name_free(d, s_end) && d->tokperson[s_end] < 0 && read_nameword(d, s_end) == s_end + 1 &&
			   !(s_end - i >= 3 && (dx_startswith(toks[i].low, toks[s_end].low) ||
									dx_startswith(toks[s_end].low, toks[i].low))))
			s_end++;
		/* and shows its nominative: Юна Чон Хо Юн Ен Бок */
		if (all_short && s_end - i == 3 && s_end < d->text.ntoks && g_end - i == 1 &&
			dx_name_free(d, s_end) && toks[s_end].nchars < toks[i].nchars &&
			dx_startswith(toks[i].low, toks[s_end].low))
			family_nom = s_end;
	}
	/* "Brexit Дэвид Дэвис": a name is written in one script */
	if ((toks[i].flags & TF_CYR) != (toks[s0].flags & TF_CYR))
		return -1;
	if (g_end - i == 1 && man_speaker_as_written(d, i, s0, s_end))
	{
		given = dx_tokens_text(d, i, g_end);	/* Паулу Бенту заявил: a man's name as written */
		gender = DX_MASC;
		gcase = DX_NOM;
	}
	else if (ge >= 0 && g_end - i == 1 && s0 == g_end && s_end - s0 == 1 && woman_as_written(d, i, ge, s0))
	{
		given = dx_tokens_text(d, i, g_end);	/* Петра Бар: a woman's name as written */
		gender = DX_FEM;
		gcase = DX_NOM;
	}
	else if (ge >= 0 && g_end - i == 1 && e_as_written)
		given = dx_tokens_text(d, i, g_end);	/* Филипе Ньюси: a name of its own */
	else if (ge >= 0 && g_end - i == 1)
		given = dx_entry(d, ge)->name;	/* the nominative, also for a stem row (Павл) */
	else if (ge < 0 && dgiven != NULL)
		given = dgiven;
	else if (family_nom >= 0)
		given = dx_tokens_text(d, family_nom, family_nom + 1);
	else
		given = nameword_nominative(d, i, g_end, gender, gcase, 0);
	/*
	 * A given name and a patronymic and no surname (Павел Андреевич): the
	 * one person of the story with that given name, named so out of respect.
	 */
	if (s0 == g_end && s_end - s0 == 1 && ge >= 0 && g_end - i == 1 && is_patronymic(d, s0))
	{
		int			who = story_person_by_given(d, lower(d, given));

		if (who >= 0)
		{
			const char *patr = dict_surname(d, s0, DX_G(Patr), gender, gcase);

			dx_buf_init(&b, d->a);
			dx_buf_adds(&b, given);
			dx_buf_addc(&b, ' ');
			dx_buf_adds(&b, patr ? patr : nameword_nominative(d, s0, s_end, gender, gcase, 0));
			dx_add_mention(d, t0, s_end, DX_PERSON, DX_FORM_NAME, dx_strdup(d->a, dx_buf_str(&b)), who);
			*ent_out = who;
			return s_end;
		}
	}
	dx_buf_init(&b, d->a);
	dx_buf_adds(&b, given);
	if (s0 > g_end)
	{
		const char *patr = s0 - g_end == 1 ? dict_surname(d, g_end, DX_G(Patr), gender, gcase) : NULL;

		dx_buf_addc(&b, ' ');
		dx_buf_adds(&b, patr ? patr : nameword_nominative(d, g_end, s0, gender, gcase, 0));
	}
	/* a surname the dictionary knows in the name's case and gender: Лаврову (FEM) -> Лаврова */
	surname = s_end - s0 == 1 ? dict_surname(d, s0, DX_G(Surn), gender, gcase) : NULL;
	if (surname != NULL)
		;
	else if (s_end - s0 == 1 && dx_span_kind_at(d, s0) == LK_SURNAME)
	{
		/* a surname the lexicon knows keeps its own nominative (Нетаньяху) */
		const char *nm = dx_entry(d, d->spans[d->tokspan[s0]].entry)->name;
		const char *sp = strrchr(nm, ' ');

		surname = sp ? sp + 1 : nm;
	}
	else if (accusative_after_undeclined_given(d, i, g_end, s0, s_end, ge, dgiven, gcase))
	{
		surname = dx_u_accusative_nominative(d->a, dx_tokens_text(d, s0, s_end));
		gender = DX_MASC;
	}
	else
		surname = nameword_nominative(d, s0, s_end, gender, gcase, 1);
	dx_buf_addc(&b, ' ');
	dx_buf_adds(&b, surname);
	full = with_regnal(d, dx_strdup(d->a, dx_buf_str(&b)), s_end);
	if (regnal_number(d, s_end))
		s_end++;
	ent = dx_person_entity(d, full, surname, given, gender);
	/*
	 * "Девидом Кэмероном": a surname the lexicon knows, with its given
	 * name in another spelling of э, е and ё, is the lexicon's person,
	 * named as the story spells it: its state and office
	 */
	if (ent >= 0 && s_end - s0 == 1 && g_end - i == 1 && dx_span_kind_at(d, s0) == LK_SURNAME)
	{
		const lex_entry *le = dx_entry(d, lexicon_person_by_date(d, d->spans[d->tokspan[s0]].entry));
		const char *sp = strrchr(le->name, ' ');
		dx_ent	   *e = &d->ents[ent];

		if (sp && given_spelt_alike(lower(d, dx_strndup(d->a, le->name, sp - le->name)), lower(d, given)))
		{
			if (e->country == NULL)
				e->country = le->country;
			if (e->role == NULL && le->role)
			{
				e->role = le->role;
				e->role_class = le->role_class;
			}
		}
	}
	if (ent >= 0)
		dx_add_mention(d, t0, s_end, DX_PERSON, DX_FORM_NAME, full, ent);
	*ent_out = ent;
	return s_end;
}

/* ---------------------------------------------------------------- passes */

/*
 * The nominatives each word of one name may stand for (dx_name_case_nominatives),
 * worked out once for the name and used against every candidate.
 */
#define NOM_WORDS 8
typedef struct nom_cache
{
	unsigned char done[NOM_WORDS][2];
	const char *noms[NOM_WORDS][2][DX_NAME_CASE_SLOTS];
} nom_cache;

/*
 * Name b of two words or more is the end of the longer name a (Элизабет
 * Лерман of Сьюзан Элизабет Лерман, Чжун Хо of Бэ Чжун Хо): the same person,
 * named the second time without a first name.
 */
static int
name_tail_of(const char *b, const char *a)
{
	size_t		la = strlen(a),
				lb = strlen(b);

	return strchr(b, ' ') != NULL && la > lb + 1 && a[la - lb - 1] == ' ' && strcmp(a + la - lb, b) == 0;
}

/*
 * Name b is name a written in an oblique case: as many words, each the same
 * or a case form of a's word, in one case and gender for all (Эстебана
 * Кабрелеса of Эстебан Кабрелес).  cache holds b's nominatives (NULL: none
 * kept).
 */
static int
name_case_form_of(dx_arena *scratch, nom_cache *cache, const char *b, const char *a)
{
	const char *pa = a,
			   *pb = b;
	int			mask = -1,
				changed = 0,
				w = 0;

	while (*pa && *pb)
	{
		const char *ea = strchr(pa, ' '),
				   *eb = strchr(pb, ' ');
		size_t		la = ea ? (size_t) (ea - pa) : strlen(pa),
					lb = eb ? (size_t) (eb - pb) : strlen(pb),
					common = 0;
		char	   *wa,
				   *wb;

		/* case forms differ in three letters at the end at most: nothing to ask otherwise */
		while (common < la && common < lb && pa[common] == pb[common])
			common++;
		if (common + 6 < (la < lb ? la : lb) || la > lb + 8 || lb > la + 8)
			return 0;
		wa = dx_strndup(scratch, pa, la);
		wb = dx_strndup(scratch, pb, lb);
		if (wa == NULL || wb == NULL)
			return 0;
		if (strcmp(wa, wb) != 0)
		{
			int			surname = ea == NULL,
						fl,
						nl;
			const char *f = dx_normalize(scratch, wb, lb, &fl);
			const char *n = dx_normalize(scratch, wa, la, &nl);
			const char *own[DX_NAME_CASE_SLOTS];
			const char *const *noms = own;

			if (f == NULL || n == NULL || strcmp(f, n) == 0)
				return 0;
			if (cache != NULL && w < NOM_WORDS)
			{
				if (!cache->done[w][surname])
				{
					if (dx_name_case_nominatives(scratch, wb, surname, cache->noms[w][surname]) != 0)
						return 0;
					cache->done[w][surname] = 1;
				}
				noms = cache->noms[w][surname];
			}
			else if (dx_name_case_nominatives(scratch, wb, surname, own) != 0)
				return 0;
			mask &= dx_name_case_match(noms, n);
			changed = 1;
			if (mask == 0)
				return 0;
		}
		pa += la + (ea != NULL);
		pb += lb + (eb != NULL);
		w++;
		if ((ea == NULL) != (eb == NULL))
			return 0;
	}
	return changed && *pa == '\0' && *pb == '\0';
}

/* the map of merged persons, each entity to itself (-1); NULL out of memory */
static int *
merge_map(dx_doc *d)
{
	int		   *to = dx_alloc(d->a, sizeof(int) * (d->nents + 1));
	int			k;

	if (to != NULL)
		for (k = 0; k < d->nents; k++)
			to[k] = -1;
	return to;
}

/*
 * One person named by rule both in an oblique case and in the nominative
 * (Эстебана Кабрелеса, Эстебан Кабрелес) is one entity, named in the
 * nominative: the oblique one's mentions go to it.
 */
static void
merge_inflected_persons(dx_doc *d)
{
	int		   *to = NULL;
	uint8_t    *named = NULL;	/* dx_named_as_written, made when first asked */
	int			b,
				k,
				any = 0;
	dx_arena	scratch;
	nom_cache	cache;

	/*
	 * The comparisons' strings live in an arena of their own, emptied as it
	 * grows: a text of thousands of names (up to DX_IX_SCAN candidates each)
	 * must not keep them all.
	 */
	dx_arena_init(&scratch);
	for (b = 0; b < d->nents && !DX_POLL(d, b); b++)
	{
		dx_ent	   *eb = &d->ents[b];
		const int  *ids;
		int			n,
					x;

		if (eb->kind != DX_PERSON || eb->mentions == 0 || eb->surname == NULL || eb->name == NULL)
			continue;
		/* the candidates share the surname's first letters: the prefix index */
		ids = dx_ix_get(d, DX_IX_PREFIX, eb->surname, dx_prefix_len(eb->surname), &n);
		memset(&cache, 0, sizeof(cache));
		for (x = 0; ids && x < n && x < DX_IX_SCAN; x++)
		{
			int			a = ids[x];
			const dx_ent *ea = &d->ents[a];

			if (a != b && ea->kind == DX_PERSON && ea->mentions > 0 && ea->surname && ea->name &&
				(to == NULL || to[a] < 0) &&
			/* Ян Коваль и Яна Коваль: a man and a woman, not a case form */
				!(ea->gender && eb->gender && ea->gender != eb->gender &&
				  (named != NULL || (named = dx_named_as_written(d, DX_PERSON, DX_FORM_NAME)) != NULL) && named[b]) &&
				(name_tail_of(eb->name, ea->name) ||
				 (name_case_form_of(&scratch, &cache, eb->name, ea->name) &&
				  !name_case_form_of(&scratch, NULL, ea->name, eb->name))))
			{
				if (to == NULL && (to = merge_map(d)) == NULL)
				{
					dx_arena_free(&scratch);
					return;
				}
				to[b] = a;
				any = 1;
				break;
			}
		}
		if (scratch.total > 4 * 65536)
		{
			dx_arena_free(&scratch);
			dx_arena_init(&scratch);
		}
	}
	dx_arena_free(&scratch);
	/*
	 * "Юрий Мушка (Юрій Мушка)": a name in brackets right after a name, and
	 * named nowhere else, is that person's name in another spelling
	 */
	for (k = 1; k < d->nments && !d->stopped; k++)
	{
		const dx_ment *m = &d->ments[k];
		int			j;

		if (m->kind != DX_PERSON || m->form != DX_FORM_NAME || m->entity < 0 || m->t0 < 2 ||
			m->t1 >= d->text.ntoks || !dx_tok_punct(&d->text.toks[m->t0 - 1], '(') ||
			!dx_tok_punct(&d->text.toks[m->t1], ')') || d->ents[m->entity].mentions != 1)
			continue;
		/* the name before the bracket, found by any pass before this one */
		j = d->tokname[m->t0 - 2];
		if (j >= 0 && j != m->entity && d->ents[j].kind == DX_PERSON && d->ents[j].mentions > 0)
		{
			if (to == NULL && (to = merge_map(d)) == NULL)
				return;
			if (to[m->entity] < 0 && to[j] < 0)
			{
				to[m->entity] = j;
				dx_add_alias(d, &d->ents[j], d->ents[m->entity].name);
				any = 1;
			}
		}
	}
	if (!any || d->stopped)
		return;
	/* Габдулле Тукаю -> Габдулле Тукай -> Габдулла Тукай: to the end of the chain */
	for (b = 0; b < d->nents; b++)
	{
		int			steps = 0;

		while (to[b] >= 0 && to[to[b]] >= 0 && to[to[b]] != b && steps++ < 8)
			to[b] = to[to[b]];
		if (to[b] >= 0 && to[to[b]] >= 0)
			to[b] = -1;			/* a cycle: leave it */
	}
	/* one pass over the mentions and the tokens */
	for (k = 0; k < d->nments; k++)
	{
		dx_ment    *m = &d->ments[k];
		int			a;

		if (m->entity < 0 || (a = to[m->entity]) < 0)
			continue;
		/* an inflected name's mentions take the nominative; a shorter name keeps its own */
		if (m->normal && strcmp(m->normal, d->ents[m->entity].name) == 0 &&
			!name_tail_of(d->ents[m->entity].name, d->ents[a].name) &&
			!(m->t0 > 0 && m->t1 < d->text.ntoks && dx_tok_punct(&d->text.toks[m->t0 - 1], '(') &&
			  dx_tok_punct(&d->text.toks[m->t1], ')')))	/* another spelling keeps its own */
			m->normal = d->ents[a].name;
		m->entity = a;
		d->ents[a].mentions++;
		if (m->t0 < d->ents[a].first_tok)
		{
			d->ents[a].first_tok = m->t0;
			d->ents[a].first_c = d->text.toks[m->t0].c0;
		}
	}
	for (k = 0; k < d->text.ntoks; k++)
	{
		if (d->tokperson[k] >= 0 && to[d->tokperson[k]] >= 0)
			d->tokperson[k] = to[d->tokperson[k]];
		if (d->tokname[k] >= 0 && to[d->tokname[k]] >= 0)
			d->tokname[k] = to[d->tokname[k]];
	}
	for (b = 0; b < d->nents; b++)
	{
		dx_ent	   *eb = &d->ents[b];
		dx_ent	   *ea;

		if (to[b] < 0)
			continue;
		ea = &d->ents[to[b]];
		if (ea->role == NULL && eb->role)
		{
			ea->role = eb->role;
			ea->role_class = eb->role_class;
			ea->role_from_text = eb->role_from_text;
		}
		if (ea->country == NULL)
			ea->country = eb->country;
		if (!ea->gender)
			ea->gender = eb->gender;
		eb->mentions = 0;
		eb->surname = NULL;		/* no longer found by its surname */
		eb->given = NULL;
	}
}

/* persons by rule: given name + surname, initials */
/*
 * "Фото: Анна КРЫЛОВА", "Текст: Пётр СОКОЛОВ": a newspaper writes the
 * surname of an author or a photographer in capitals after the given name;
 * a given name the lexicon knows, then a Cyrillic word all in capitals that
 * no list knows (no abbreviation of a body) and no further capitals, on one
 * line, is a person
 */
static int
capitals_surname_person(dx_doc *d, int i)
{
	const dx_tok *t = d->text.toks;
	int			n = d->text.ntoks,
				ge,
				gender,
				gcase,
				ent;
	const char *given,
			   *surname;
	dx_buf		b;

	if (i + 1 >= n || !dx_is_cap_word(d, i) || !(t[i].flags & TF_CYR) ||
		dx_tok_entry_kind(d, i, LK_GIVEN) < 0 || t[i + 1].type != TK_WORD ||
		!(t[i + 1].flags & TF_ALLCAPS) || !(t[i + 1].flags & TF_CYR) || (t[i + 1].flags & TF_LAT) ||
		t[i + 1].nchars < 3 || !(t[i + 1].flags & TF_SPACE) || (t[i + 1].flags & TF_NL) ||
		d->tokquoted[i + 1] || dx_span_kind_at(d, i + 1) != LK_NONE || d->tokperson[i + 1] >= 0 ||
		(d->tokplace && d->tokplace[i + 1]))
		return -1;
	/* a headline in capitals: the given name would be in capitals too */
	if (i + 2 < n && t[i + 2].type == TK_WORD && (t[i + 2].flags & TF_ALLCAPS) && !(t[i + 2].flags & TF_NL))
		return -1;
	ge = choose_given(d, i, i + 1, DX_UNK);
	if (ge < 0)
		return -1;
	given = dx_entry(d, ge)->name;
	gender = dx_given_gender(d, ge);
	gcase = dx_case_of(t[i].low, lower(d, dx_entry(d, ge)->term));
	surname = dx_name_nominative(d->a, dx_capitalize(d->a, t[i + 1].low), gender, gcase, 1);
	if (surname == NULL)
		return -1;
	dx_buf_init(&b, d->a);
	dx_buf_adds(&b, given);
	dx_buf_addc(&b, ' ');
	dx_buf_adds(&b, surname);
	ent = dx_person_entity(d, dx_strdup(d->a, dx_buf_str(&b)), surname, given, gender);
	if (ent < 0)
		return -1;
	dx_add_mention(d, i, i + 2, DX_PERSON, DX_FORM_NAME, dx_strdup(d->a, dx_buf_str(&b)), ent);
	return i + 2;
}

/*
 * "Гаврилова А.В.", "Демков К. С.": a surname, then two initials, the order
 * of lists and credits.  The surname is a word of a surname's ending or one
 * the dictionary does not know as a common word; no name word follows the
 * initials in their sentence.  Returns the token after the initials or -1.
 */
static int
surname_initials_person(dx_doc *d, int i)
{
	const dx_tok *t = d->text.toks;
	int			n = d->text.ntoks,
				j = i + 1,
				end,
				ent,
				gender;
	const char *full,
			   *surname;

#define INITIAL_AT(k) ((k) + 1 < n && t[k].type == TK_WORD && t[k].nchars == 1 && (t[k].flags & TF_CAP) && \
					   (t[k].flags & TF_CYR) && dx_tok_punct(&t[(k) + 1], '.'))
	if (j + 1 >= n || !dx_is_cap_word(d, i) || !(t[i].flags & TF_CYR) || read_nameword(d, i) != i + 1 ||
		!(t[j].flags & TF_SPACE) || (t[j].flags & TF_NL) || !INITIAL_AT(j) || !INITIAL_AT(j + 2) ||
		(t[j + 2].flags & TF_NL))
		return -1;
#undef INITIAL_AT
	end = j + 4;
	/* В.В. Путин after a word: the initials start the next name */
	if (end < n && (t[end].flags & TF_SPACE) && !(t[end].flags & TF_NL) && read_nameword(d, end) > end &&
		dx_sentence_start(d, end) != end &&
		(common_word_only(d, end) == 0 || dx_surname_gender(t[end].low) || dx_span_kind_at(d, end) == LK_SURNAME))
		return -1;
	if (dx_tok_entry_kind(d, i, LK_GIVEN) >= 0 || dx_adjective_like(t[i].low))
		return -1;
	/* компания Нордик Б. В.: a company's name and its legal form */
	if (i > 0 && t[i - 1].type == TK_WORD && (org_type_word(d, i - 1) || company_word(t[i - 1].low)))
		return -1;
	if (!dx_surname_gender(t[i].low) && !(dx_span_kind_at(d, i) == LK_SURNAME) && common_word_only(d, i) != 0)
		return -1;
	gender = dx_surname_gender(t[i].low);
	surname = dx_tokens_text(d, i, i + 1);
	full = dx_tokens_text(d, i, end);
	if (surname == NULL || full == NULL)
		return -1;
	ent = dx_person_entity(d, full, surname, NULL, gender);
	if (ent < 0)
		return -1;
	dx_add_mention(d, i, end, DX_PERSON, DX_FORM_NAME, full, ent);
	return end;
}

void
dx_find_rule_persons(dx_doc *d)
{
	int			n = d->text.ntoks,
				i;

	for (i = 0; i < n && !DX_POLL(d, i); i++)
	{
		int			ent,
					end,
					h;

		if (d->tokperson[i] >= 0)
			continue;
		if (!dx_is_cap_word(d, i) &&
			!(d->text.toks[i].type == TK_WORD && d->text.toks[i].nchars == 1 &&
			  (d->text.toks[i].flags & TF_CAP) && i + 1 < n && dx_tok_punct(&d->text.toks[i + 1], '.')))
			continue;
		end = surname_initials_person(d, i);
		/*
		 * "капитан клуба Тоттенхэм Хотспур Ледли Кинг": after a body's noun,
		 * its own name, then a person's
		 */
		if (end <= i && (h = dx_holder_past_body_name(d, i)) > i)
		{
			int			k;

			end = dx_rule_person(d, h, DX_UNK, 1, &ent);
			for (k = i; end > h && k < h; k++)
				d->tokbody[k] = 1;
			if (end <= h)
				end = i;
		}
		if (end <= i)
			end = dx_rule_person(d, i, DX_UNK, 0, &ent);
		if (end <= i)
			end = capitals_surname_person(d, i);
		/* "44-летнего Доминика Раба": the state's name taken as a given name names no state */
		if (end > i && d->tokperson[i] >= 0 && state_as_given(d, i))
			d->spans[d->tokspan[i]].kind = LK_NONE;
		if (end > i)
			i = end - 1;
	}
	merge_inflected_persons(d);
}

/*
 * "..., — указал Евдокимов.": a word of a surname's ending right after a
 * verb of speech in the past tense, of its gender, and ending the clause, is
 * the surname of the one who spoke, though the story names him no other way
 */
static int
surname_after_speech(dx_doc *d, int i)
{
	const dx_tok *t = d->text.toks;
	const char *code,
			   *low = t[i].low;
	int			fem,
				g,
				ent;

	if (i < 1 || i + 1 >= d->text.ntoks || !dx_name_free(d, i) || !(t[i].flags & TF_CYR) ||
		dx_sentence_start(d, i) == i || t[i - 1].type != TK_WORD || (t[i - 1].flags & TF_CAP) ||
		t[i + 1].type != TK_PUNCT || dx_tok_punct(&t[i + 1], '(') || dx_tok_punct(&t[i + 1], '-'))
		return 0;
	code = dx_verb_code(d, i - 1);
	if (code == NULL || strcmp(code, "speech") != 0 || dx_verbal_noun_ending(t[i - 1].low))
		return 0;
	/* the past tense: -л, -ла */
	if ((g = dx_past_gender(t[i - 1].low)) == 0)
		return 0;
	fem = g == DX_FEM;
	if (!dx_surname_nominative_of_man(low, fem) || common_word_only(d, i) != 0 || place_word_only(d, i) ||
		dx_tok_entry_kind(d, i, LK_GIVEN) >= 0)
		return 0;
	{
		dx_ocparse	p[4];

		if (dict_analyses(d, i, DX_G(Name) | DX_G(nomn) | DX_G(sing), 0, p, 4) > 0)
			return 0;			/* сказала Ирина */
	}
	ent = dx_person_entity(d, dx_tokens_text(d, i, i + 1), low, NULL, fem ? DX_FEM : DX_MASC);
	if (ent < 0)
		return 0;
	dx_add_mention(d, i, i + 1, DX_PERSON, DX_FORM_NAME, dx_tokens_text(d, i, i + 1), ent);
	return 1;
}

/*
 * the word after i is a common noun the dictionary reads in the case, number
 * and gender of the adjective reading adj (not и, a letter's name)
 */
static int
noun_of_case_after(const dx_doc *d, int i, uint64_t adj)
{
	dx_ocparse	p[32];
	int			n,
				k,
				c = oc_case(adj);

	if (c == DX_UNK || i + 1 >= d->text.ntoks || d->text.toks[i + 1].type != TK_WORD)
		return 0;
	n = dict_analyses(d, i + 1, DX_G(NOUN), 0, p, 32);
	for (k = 0; k < n; k++)
		if (!(p[k].gram & (DX_G_NAMES | DX_G(Fixd) | DX_G(Abbr))) && oc_case(p[k].gram) == c &&
		/* in number and, in the singular, gender: not "Петров были" (быль) */
			((adj & DX_G(plur)) != 0) == ((p[k].gram & DX_G(plur)) != 0) &&
			((adj & DX_G(plur)) || !oc_gender(adj) || !oc_gender(p[k].gram) ||
			 oc_gender(adj) == oc_gender(p[k].gram)))
			return 1;
	return 0;
}

/*
 * The dictionary knows the word at i (no guess) only as a surname: no
 * common word, given name, place or organisation.  Gives the nominative of
 * its singular readings in a case of cases (a mask of 1 << DX_NOM etc.) and
 * of gender g (0: any), when they all agree on one; NULL otherwise.
 */
static const char *
surname_only_reading(const dx_doc *d, int i, unsigned cases, int g, int *gender, unsigned *found)
{
	dx_ocparse	p[32];
	int			n = dict_analyses(d, i, 0, 0, p, 32),
				k;
	const char *nom = NULL;

	if (n <= 0)
		return NULL;
	/*
	 * besides the surname, only a given name's plural (Петров: of Пётр)
	 * or an adjective (петров, a possessive) made from a name, but no
	 * adjective before a noun of its case (по Московскому времени)
	 */
	for (k = 0; k < n; k++)
	{
		if (p[k].gram & DX_G(Surn))
			continue;
		if ((p[k].gram & (DX_G(Name) | DX_G(Patr))) && (p[k].gram & DX_G(plur)))
			continue;
		if (!(p[k].gram & (DX_G(ADJF) | DX_G(ADJS))) || (p[k].gram & DX_G_NAMES) ||
			noun_of_case_after(d, i, p[k].gram))
			return NULL;
	}
	for (k = 0; k < n; k++)
	{
		const char *f;
		int			c = oc_case(p[k].gram);

		if (!(p[k].gram & DX_G(Surn)) || !(p[k].gram & DX_G(sing)) || c == DX_UNK || !(cases & (1u << c)) ||
			(g && oc_gender(p[k].gram) != g))
			continue;
		if ((f = dict_form(d, i, &p[k])) == NULL)
			return NULL;
		if (nom && strcmp(nom, f) != 0)
			return NULL;		/* Сидорову: Сидоров's dative or Сидорова's accusative */
		nom = f;
		*gender = oc_gender(p[k].gram);
		*found |= 1u << c;
	}
	return nom;
}

/*
 * The token at i, read only as a surname in one of cases (of gender g when
 * not 0), is a person of that surname's nominative: its mention.  Returns
 * the mask of the cases it read the word in when it made one, 0 otherwise.
 */
static int
surname_person(dx_doc *d, int i, unsigned cases, int g)
{
	int			gender = 0,
				ent;
	unsigned	found = 0;
	const char *nom = surname_only_reading(d, i, cases, g, &gender, &found);

	if (nom == NULL || gender == 0)
		return 0;
	ent = dx_person_entity(d, nom, lower(d, nom), NULL, gender);
	if (ent < 0)
		return 0;
	dx_add_mention(d, i, i + 1, DX_PERSON, DX_FORM_NAME, nom, ent);
	return (int) found;
}

/*
 * The nominative of token i, which the dictionary reads only as a surname,
 * of gender g, in case c (Гамалеи: Гамалея, Петрова: Петров); NULL when it
 * reads the word otherwise too, or not at all.
 */
const char *
dx_dict_surname_nominative(const dx_doc *d, int i, int c, int g)
{
	int			gender = 0;
	unsigned	found = 0;

	return surname_only_reading(d, i, 1u << c, g, &gender, &found);
}

/*
 * Token c is a word the dictionary knows as a conjunction, and else only as
 * a particle, an interjection or a letter's name (и, а, но).  Guessed
 * readings never are conjunctions, so a word the dictionary does not know
 * is none.
 */
static int
conjunction_word(const dx_doc *d, int c)
{
	dx_ocparse	p[8];
	int			n,
				k,
				conj = 0;

	if (d->text.toks[c].type != TK_WORD)
		return 0;
	n = dict_analyses(d, c, 0, 0, p, 8);
	for (k = 0; k < n; k++)
	{
		if (p[k].gram & DX_G(CONJ))
			conj = 1;
		else if (!(p[k].gram & (DX_G(PRCL) | DX_G(INTJ) | DX_G(Abbr) | DX_G(Fixd))))
			return 0;
	}
	return conj;
}

/*
 * Token c is a conjunction (conjunction_word) right after a comma or at the
 * start of a sentence (", а Кудрявцев подчеркнул")
 */
static int
clause_conjunction(const dx_doc *d, int c)
{
	return c >= 0 && (dx_sentence_start(d, c) == c || (c > 0 && dx_tok_punct(&d->text.toks[c - 1], ','))) &&
		conjunction_word(d, c);
}

/*
 * "Вчера Чадов заявил": token c opens its sentence, a capitalised word the
 * dictionary knows (no guess) only as an adverb: a subject may follow it
 */
static int
opening_adverb(const dx_doc *d, int c)
{
	dx_ocparse	p[8];
	int			n,
				k;

	if (c < 0 || dx_sentence_start(d, c) != c || d->text.toks[c].type != TK_WORD ||
		!(d->text.toks[c].flags & TF_CAP) || (n = dict_analyses(d, c, 0, 0, p, 8)) <= 0)
		return 0;
	for (k = 0; k < n; k++)
		if (p[k].predicted || !(p[k].gram & DX_G(ADVB)) || (p[k].gram & DX_G_NAMES))
			return 0;
	return 1;
}

/*
 * Token i opens a clause as its subject would: first in its sentence,
 * after a clause's conjunction (А Сидоров) or an adverb opening the
 * sentence (Вчера Чадов)
 */
static int
subject_start(const dx_doc *d, int i)
{
	return dx_sentence_start(d, i) == i || clause_conjunction(d, i - 1) || opening_adverb(d, i - 1);
}

/*
 * The gender of the verb a subject at token i would have: i at the start of
 * a sentence, after a comma, a clause's conjunction or an adverb opening
 * the sentence, right before (an
 * adverb or a particle between them) a finite verb in the singular; 0 for a
 * verb that shows no gender (the present), -1 when there is no such verb.
 * The token at i is the caller's to check.
 */
static int
subject_verb_gender(const dx_doc *d, int i)
{
	const dx_tok *t = d->text.toks;
	dx_ocparse	v[8];
	int			nv,
				k,
				g,
				w;

	if (i + 1 >= d->text.ntoks ||
		!(subject_start(d, i) || (i > 0 && dx_tok_punct(&t[i - 1], ','))) ||
		t[i + 1].type != TK_WORD || (t[i + 1].flags & TF_CAP) || !(t[i + 1].flags & TF_SPACE))
		return -1;
	/* Кудрявцев также подчеркнул: an adverb or a particle between them */
	w = i + 1;
	if (w + 1 < d->text.ntoks && t[w + 1].type == TK_WORD && !(t[w + 1].flags & TF_CAP) &&
		(t[w + 1].flags & TF_SPACE) && (nv = dict_analyses(d, w, 0, 0, v, 8)) > 0)
	{
		for (k = 0; k < nv; k++)
			if (v[k].predicted || !(v[k].gram & (DX_G(ADVB) | DX_G(PRCL) | DX_G(CONJ))))
				break;
		if (k == nv)
			w++;
	}
	g = dx_past_gender(t[w].low);
	nv = dict_analyses(d, w, 0, 0, v, 8);
	for (k = 0; k < nv; k++)
		if ((v[k].gram & (DX_G(VERB) | DX_G(sing))) == (DX_G(VERB) | DX_G(sing)) &&
			(v[k].gram & (DX_G(past) | DX_G(per3))) && (!g || oc_gender(v[k].gram) == g))
			return g;
	return -1;
}

/*
 * "Чадов заявил": a word in a surname's ending (-ов, -ин; a woman's -ова,
 * -ина) that the dictionary knows in no nominative (чадов: a genitive
 * plural) or does not know at all, as the subject of a past verb of its
 * gender (subject_verb_gender), is a surname in the nominative, no place
 * in another case.  Returns the gender, 0 when it is none.
 */
int
dx_surname_subject(const dx_doc *d, int i)
{
	const dx_tok *t = d->text.toks;
	dx_ocparse	p[16];
	int			n,
				k,
				g;

	/* the surname's ending, of either gender, before the verb is looked for */
	if (t[i].type != TK_WORD || !(t[i].flags & TF_CYR) || !dx_is_cap_word(d, i) ||
		!(dx_surname_nominative_of_man(t[i].low, 0) || dx_surname_nominative_of_man(t[i].low, 1)) ||
		(g = subject_verb_gender(d, i)) <= 0 || !dx_surname_nominative_of_man(t[i].low, g == DX_FEM))
		return 0;
	n = dict_analyses(d, i, 0, 0, p, 16);
	for (k = 0; k < n; k++)
		if (oc_case(p[k].gram) == DX_NOM || oc_case(p[k].gram) == DX_UNK || (p[k].gram & (DX_G(Abbr) | DX_G(Fixd))))
			return 0;
	return g;
}

/* the word at i, as written, a person's surname alone of gender g, and its mention; 0 when none is made */
static int
surname_as_written(dx_doc *d, int i, int g)
{
	int			ent = dx_person_entity(d, dx_tokens_text(d, i, i + 1), d->text.toks[i].low, NULL, g);

	if (ent < 0)
		return 0;
	dx_add_mention(d, i, i + 1, DX_PERSON, DX_FORM_NAME, dx_tokens_text(d, i, i + 1), ent);
	return 1;
}

/*
 * "Кудрявцев подчеркнул, что...", ", Шаталова сообщила": a word the
 * dictionary reads only as a surname, at the start of a sentence or after a
 * comma, right before a finite verb in the singular that agrees with it in
 * gender, is the subject: a person the story names by surname alone; so is
 * a word in a surname's ending of the verb's gender (dx_surname_subject)
 */
static int
surname_before_verb(dx_doc *d, int i)
{
	const dx_tok *t = d->text.toks;
	int			g;

	if (!dx_name_free(d, i) || !(t[i].flags & TF_CYR) || dx_tok_entry_kind(d, i, LK_GIVEN) >= 0 ||
		(g = subject_verb_gender(d, i)) < 0)
		return 0;
	if (surname_person(d, i, 1u << DX_NOM, g))
		return 1;
	return dx_surname_subject(d, i) != 0 && surname_as_written(d, i, g);
}

/*
 * "сменит Шаталова", "с Кудрявцевым": a word the dictionary reads only as a
 * surname, inside a sentence, in an oblique case governed by the verb or
 * the preposition right before it, or in the genitive after a noun of
 * speech or opinion (по словам Шаталова) (a verb's object in the genitive or the
 * accusative, a preposition's any oblique case), is a person, when its
 * readings in those cases give one nominative; after a verb of speech in
 * the past tense, in the nominative of its gender (заявила Шаталова)
 */
static int
surname_after_governor(dx_doc *d, int i)
{
	const dx_tok *t = d->text.toks;
	dx_ocparse	v[8];
	int			nv,
				k,
				verb = 0,
				prep = 0,
				g;
	unsigned	cases;
	const char *code;

	if (i < 1 || i + 1 >= d->text.ntoks || !dx_name_free(d, i) || !(t[i].flags & TF_CYR) ||
		dx_sentence_start(d, i) == i || (t[i].flags & TF_NL) || !(t[i].flags & TF_SPACE) ||
		t[i - 1].type != TK_WORD || (t[i - 1].flags & TF_CAP) || dx_tok_entry_kind(d, i, LK_GIVEN) >= 0 ||
		(t[i + 1].type == TK_WORD && (t[i + 1].flags & TF_CAP)))
		return 0;
	/* по словам Шаталова, в интервью Шаталовой: whose words, in the genitive */
	if (dx_tok_has_cue(d, i - 1, CUE_BY_WORDS) || dx_tok_has_cue(d, i - 1, CUE_SPEECH_NOUN))
		return surname_person(d, i, 1u << DX_GEN, 0);
	nv = dict_analyses(d, i - 1, 0, 0, v, 8);
	for (k = 0; k < nv; k++)
	{
		if (v[k].gram & (DX_G(Abbr) | DX_G(Init)))
			continue;			/* с: also секунда's abbreviation */
		if (v[k].gram & DX_G(VERB))
			verb = 1;
		else if (v[k].gram & DX_G(PREP))
			prep = 1;
		else
			return 0;			/* a word of another reading too */
	}
	if (verb == prep)
		return 0;
	cases = verb ? (1u << DX_GEN) | (1u << DX_ACC) :
		(1u << DX_GEN) | (1u << DX_DAT) | (1u << DX_ACC) | (1u << DX_INS) | (1u << DX_PREP);
	/* заявила Шаталова журналистам: after a verb of speech, its subject */
	if (verb && (g = dx_past_gender(t[i - 1].low)) != 0 && (code = dx_verb_code(d, i - 1)) != NULL &&
		strcmp(code, "speech") == 0 && !dx_verbal_noun_ending(t[i - 1].low))
		cases = 1u << DX_NOM;
	else
		g = 0;
	return surname_person(d, i, cases, g);
}

/*
 * "встретился с монегасским коллегой Сидоровым", "позвонил коллеге
 * Сидоровой": a capitalised word right after the noun коллега (class
 * colleague) in an oblique case is a surname in apposition, in a case the
 * noun's form may have, when the dictionary reads it as one only (as
 * surname_after_governor).  Not after the nominative: "коллега Сидорова" may
 * be Сидоров's colleague as well as a woman.
 */
static int
surname_after_colleague(dx_doc *d, int i)
{
	const dx_tok *t = d->text.toks;
	dx_ocparse	p[16];
	int			np,
				k;
	unsigned	cases = 0;

	if (i < 1 || i + 1 >= d->text.ntoks || !dx_name_free(d, i) || !(t[i].flags & TF_CYR) ||
		dx_sentence_start(d, i) == i || (t[i].flags & TF_NL) || t[i - 1].type != TK_WORD ||
		!dx_tok_has_cue(d, i - 1, CUE_COLLEAGUE) || dx_tok_entry_kind(d, i, LK_GIVEN) >= 0 ||
		(t[i + 1].type == TK_WORD && (t[i + 1].flags & TF_CAP)))
		return 0;
	np = dict_analyses(d, i - 1, DX_G(NOUN), 0, p, 16);
	for (k = 0; k < np; k++)
	{
		int			c = oc_case(p[k].gram);

		if (c == DX_NOM)
			return 0;
		if (c != DX_UNK)
			cases |= 1u << c;
	}
	return cases ? surname_person(d, i, cases, 0) : 0;
}

/* token c is a comma, or a lower-case conjunction (conjunction_word) */
static int
coordinator(const dx_doc *d, int c)
{
	const dx_tok *t = &d->text.toks[c];

	return dx_tok_punct(t, ',') || (t->type == TK_WORD && !(t->flags & TF_CAP) && conjunction_word(d, c));
}

/*
 * "с Петровым и Сидоровой": the word at j, joined by a comma or a
 * conjunction to the surname alone at j - 2 read in cases, and read by the
 * dictionary only as a surname in one of the same cases, is a person too.
 * Returns the mask of the cases it read it in when it made one, 0 otherwise.
 */
static unsigned
coordinated_surname(dx_doc *d, int j, unsigned cases)
{
	const dx_tok *t = d->text.toks;
	int			n = d->text.ntoks;

	if (cases == 0 || j < 2 || !coordinator(d, j - 1) || !(t[j].flags & TF_CYR) || !dx_name_free(d, j) ||
		(t[j].flags & TF_NL) || dx_sentence_start(d, j) == j || dx_tok_entry_kind(d, j, LK_GIVEN) >= 0 ||
		(j + 1 < n && t[j + 1].type == TK_WORD && (t[j + 1].flags & TF_CAP)))
		return 0;
	return (unsigned) surname_person(d, j, cases, 0);
}

/*
 * рыбин, кузнецов: a word in the nominative by its place, the dictionary
 * knowing it, besides a surname, only as a genitive plural of a common noun
 * (which no office or subject in the nominative is) or not at all, in a
 * man's or a woman's surname ending (-ов, -ина; with adj, also -ский,
 * -цкая): a person of that surname.  Returns 1 when it made one.
 */
static int
ending_surname_person(dx_doc *d, int i, int adj)
{
	const dx_tok *t = d->text.toks;
	dx_ocparse	p[16];
	int			fem,
				np,
				k;

	np = dict_analyses(d, i, 0, 0, p, 16);
	for (k = 0; k < np; k++)
		if (!(p[k].gram & DX_G(Surn)) &&
			((p[k].gram & DX_G(nomn)) || (p[k].gram & (DX_G_NAMES | DX_G(Abbr) | DX_G(Fixd)))))
			return 0;
	fem = dx_surname_nominative_of_man(t[i].low, 1) || (adj && dx_surname_adjectival_nominative(t[i].low, 1));
	if (!fem && !dx_surname_nominative_of_man(t[i].low, 0) && !(adj && dx_surname_adjectival_nominative(t[i].low, 0)))
		return 0;
	return surname_as_written(d, i, fem ? DX_FEM : DX_MASC);
}

/*
 * "Сидоров, министр обороны Андорры, прибыл": first in a sentence (or
 * after a conjunction or an adverb opening it: А Сидоров), a word read
 * only as a surname in the nominative, or in a surname's ending
 * (ending_surname_person), before a comma and an office the lexicon knows
 * in apposition, or before «как» and an office ("Петров как министр
 * обороны посетил"), is a person the sentence names by surname alone; the
 * office pass after surnames gives it the office.
 */
static int
surname_before_office(dx_doc *d, int i)
{
	const dx_tok *t = d->text.toks;

	if (i + 2 >= d->text.ntoks || !subject_start(d, i) || !dx_name_free(d, i) || !(t[i].flags & TF_CYR) ||
		!(dx_tok_punct(&t[i + 1], ',') || (t[i + 1].type == TK_WORD && !(t[i + 1].flags & TF_CAP) &&
										   dx_tok_has_cue(d, i + 1, CUE_CAPACITY))) ||
		t[i + 2].type != TK_WORD || t[i + 2].sent != t[i].sent ||
		dx_span_kind_at(d, i + 2) != LK_OFFICE || d->spans[d->tokspan[i + 2]].t0 != i + 2 ||
		dx_tok_entry_kind(d, i, LK_GIVEN) >= 0)
		return 0;
	return surname_person(d, i, 1u << DX_NOM, 0) != 0 || ending_surname_person(d, i, 1);
}

/*
 * The form of address right before token i (господин, с госпожой, г-н,
 * г-жой): its first token, or -1.  Sets *fem for a woman's, and *cases to
 * the cases of the singular the dictionary reads a whole word in (a mask of
 * 1 << DX_NOM etc.; every case for an abbreviation).
 */
static int
honorific_before(const dx_doc *d, int i, int *fem, unsigned *cases)
{
	const dx_tok *t = d->text.toks;
	dx_ocparse	p[16];
	int			n,
				k;

	if (i < 1 || !(t[i].flags & TF_SPACE) || (t[i].flags & TF_NL) || t[i - 1].type != TK_WORD ||
		t[i - 1].sent != t[i].sent)
		return -1;
	*cases = 0;
	if (dx_tok_has_cue(d, i - 1, CUE_HONORIFIC_PERSON))
	{
		*fem = dx_tok_has_cue(d, i - 1, CUE_HONORIFIC_WOMAN);
		n = dict_analyses(d, i - 1, DX_G(NOUN), 0, p, 16);
		for (k = 0; k < n; k++)
			if ((p[k].gram & DX_G(sing)) && oc_case(p[k].gram) != DX_UNK)
				*cases |= 1u << oc_case(p[k].gram);
		if (*cases == 0)
			*cases = (1u << (DX_PREP + 1)) - 1;
		return i - 1;
	}
	/* г-н, г-жа: a letter, a hyphen and the letters joined to it */
	if (i >= 3 && t[i - 2].type == TK_HYPHEN && !(t[i - 2].flags & TF_SPACE) && !(t[i - 1].flags & TF_SPACE) &&
		t[i - 3].type == TK_WORD && t[i - 3].nchars == 1 && t[i - 1].nchars > 0 &&
		t[i - 3].sent == t[i].sent &&
		dx_tok_has_cue(d, i - 3, CUE_HONORIFIC_ABBR) && dx_tok_has_cue(d, i - 1, CUE_HONORIFIC_ABBR) &&
		!(t[i - 1].flags & TF_CAP))
	{
		*fem = dx_tok_has_cue(d, i - 1, CUE_HONORIFIC_WOMAN);
		*cases = (1u << (DX_PREP + 1)) - 1;
		if (!*fem)
		{
			/*
			 * a man's: the letters after the hyphen are the last of the
			 * stem and the case ending (г-н, г-на, г-ном)
			 */
			char		stem[8];
			size_t		l = 1;
			int			c;

			while (t[i - 1].low[l] && ((unsigned char) t[i - 1].low[l] & 0xC0) == 0x80)
				l++;
			if (l < sizeof(stem))
			{
				memcpy(stem, t[i - 1].low, l);
				stem[l] = '\0';
				if ((c = dx_case_of(t[i - 1].low, stem)) != DX_UNK)
					*cases = c == DX_GEN ? (1u << DX_GEN) | (1u << DX_ACC) : 1u << c;
			}
		}
		return i - 3;
	}
	return -1;
}

/*
 * "министр г-н Сидоров": the token after a form of address starting at
 * token i, when it is a capitalised word; i otherwise.
 */
int
dx_after_honorific(const dx_doc *d, int i)
{
	int			fem,
				k;
	unsigned	cases;

	for (k = i + 1; k <= i + 3 && k < d->text.ntoks; k++)
		if (honorific_before(d, k, &fem, &cases) == i)
			return dx_is_cap_word(d, k) ? k : i;
	return i;
}

/*
 * "г-н Сидоров прибыл", "с госпожой Петровой", "господин Дюбуа": a
 * capitalised word after a form of address, and no other capitalised word
 * after it, is a person's surname, in the honorific's case and gender: read
 * by the dictionary when it knows the word only as a surname, else by its
 * ending.  Returns 1 when it made a person.
 */
static int
surname_after_honorific(dx_doc *d, int i)
{
	const dx_tok *t = d->text.toks;
	int			fem = 0,
				gender = 0,
				g,
				c,
				ent;
	unsigned	cases = 0,
				found = 0;
	const char *nom;

	if (!(t[i].flags & TF_CYR) || honorific_before(d, i, &fem, &cases) < 0 || !dx_name_free(d, i) ||
		(i + 1 < d->text.ntoks && t[i + 1].type == TK_WORD && (t[i + 1].flags & TF_CAP) &&
		 (t[i + 1].flags & TF_SPACE) && !(t[i + 1].flags & TF_NL)))
		return 0;
	g = fem ? DX_FEM : DX_MASC;
	nom = surname_only_reading(d, i, cases, g, &gender, &found);
	if (nom == NULL)
	{
		/* the one case of the honorific; a man's genitive and accusative are one form */
		c = cases == (1u << DX_NOM) ? DX_NOM : cases == (1u << DX_GEN) ? DX_GEN :
			cases == (1u << DX_ACC) ? DX_ACC : cases == (1u << DX_INS) ? DX_INS :
			(cases & ~((1u << DX_DAT) | (1u << DX_PREP))) == 0 ? DX_DAT :
			!fem && (cases & ~((1u << DX_GEN) | (1u << DX_ACC))) == 0 ? DX_GEN : DX_UNK;
		nom = dx_name_nominative(d->a, dx_tokens_text(d, i, i + 1), g, c, 1);
	}
	if (nom == NULL || (ent = dx_person_entity(d, nom, lower(d, nom), NULL, g)) < 0)
		return 0;
	dx_add_mention(d, i, i + 1, DX_PERSON, DX_FORM_NAME, nom, ent);
	return 1;
}

/*
 * "Министры Петров и Сидоров", "с депутатами Рыбиным и Чадовым": after an
 * office whose head noun is read only in the plural, the words at i, i + 2
 * ... joined by commas or a conjunction (two at least), read only as
 * surnames in a case of that plural, are persons the office names; in the
 * nominative a word the dictionary does not know at all, in a man's or a
 * woman's surname ending, is one too (Рыбин).  Returns the mask of the
 * cases the first was read in when it made one, 0 otherwise.
 */
static unsigned
plural_office_surname(dx_doc *d, int i, unsigned cases)
{
	const dx_tok *t = d->text.toks;
	unsigned	found;

	if (!(t[i].flags & TF_CYR) || !dx_name_free(d, i) || (t[i].flags & TF_NL) || d->tokperson[i] >= 0 ||
		dx_tok_entry_kind(d, i, LK_GIVEN) >= 0 || dx_sentence_start(d, i) == i)
		return 0;
	if ((found = (unsigned) surname_person(d, i, cases, 0)) != 0)
		return found;
	if (!(cases & (1u << DX_NOM)))
		return 0;
	return ending_surname_person(d, i, 0) ? 1u << DX_NOM : 0;
}

/*
 * The cases an office in the plural right before token i shows (a mask of
 * 1 << DX_NOM etc.), when a comma or a conjunction and a capitalised word
 * of the sentence follow the word at i; 0 otherwise
 */
static unsigned
plural_office_cases(const dx_doc *d, int i)
{
	const dx_tok *t = d->text.toks;
	int			n = d->text.ntoks,
				h,
				np,
				k;
	unsigned	cases = 0;
	const dx_span *s;
	dx_ocparse	p[16];

	if (i < 1 || i + 2 >= n || dx_span_kind_at(d, i - 1) != LK_OFFICE || !coordinator(d, i + 1) ||
		t[i + 2].type != TK_WORD || !(t[i + 2].flags & TF_CAP) || t[i + 2].sent != t[i].sent)
		return 0;
	s = &d->spans[d->tokspan[i - 1]];
	if (s->t1 != i)
		return 0;
	/* the head: the first word of the office the dictionary reads as a noun */
	for (h = s->t0; h < s->t1; h++)
		if (t[h].type == TK_WORD && dict_analyses(d, h, DX_G(NOUN), 0, p, 16) > 0)
			break;
	if (h >= s->t1)
		return 0;
	np = dict_analyses(d, h, DX_G(NOUN), 0, p, 16);
	for (k = 0; k < np; k++)
	{
		int			c = oc_case(p[k].gram);

		if (!(p[k].gram & DX_G(plur)) || c == DX_UNK)
			return 0;			/* министра: a singular too */
		cases |= 1u << c;
	}
	return cases;
}

/*
 * The surnames after the first of a list after an office in the plural,
 * the first at i read in cases first: each a person while they go on;
 * with from (not -1), each takes the office that person holds
 */
static void
plural_office_list(dx_doc *d, int i, unsigned first, int from)
{
	const dx_tok *t = d->text.toks;
	int			n = d->text.ntoks,
				j;

	for (j = i + 2; j < n && t[j].sent == t[i].sent && coordinator(d, j - 1) && (t[j].flags & TF_CAP) &&
		 !(j + 1 < n && t[j + 1].type == TK_WORD && (t[j + 1].flags & TF_CAP)); j += 2)
	{
		const dx_ent *f;
		dx_ent	   *e;

		if (plural_office_surname(d, j, first) == 0)
			break;
		if (from < 0 || d->tokperson[j] < 0)
			continue;
		f = &d->ents[from];
		e = &d->ents[d->tokperson[j]];
		if (e->role == NULL && f->role != NULL)
		{
			e->role = f->role;
			e->role_class = f->role_class;
			e->role_from_text = f->role_from_text;
			if (e->country == NULL)
				e->country = f->country;
		}
	}
}

static unsigned
surname_after_plural_office(dx_doc *d, int i)
{
	unsigned	cases = plural_office_cases(d, i),
				first;

	if (cases == 0 || (first = plural_office_surname(d, i, cases)) == 0)
		return 0;
	plural_office_list(d, i, first, -1);
	return first;
}

/*
 * The word at i ends a double name after a hyphen (Стросс-Кана, Рио-Гранде):
 * a known surname there is not that person's.
 */
static int
second_of_double(const dx_doc *d, int i)
{
	const dx_tok *t = d->text.toks;

	return i >= 2 && t[i - 1].type == TK_HYPHEN && !(t[i - 1].flags & TF_SPACE) && !(t[i].flags & TF_SPACE) &&
		t[i - 2].type == TK_WORD && (t[i - 2].flags & TF_CAP);
}

/* surnames alone, of persons named in the story or known to the lexicon, and given names alone */
/*
 * "сказала фон дер Ляйен": a person's mention found at token i alone, after
 * lower-case particles of a name that the person's name has right before
 * its surname, takes them.
 */
static void
particles_before_surname(dx_doc *d, int i)
{
	const dx_tok *t = d->text.toks;
	int			e = d->tokperson[i],
				k = i,
				m;
	const char *written,
			   *name,
			   *at;

	/* lower-case particles; the first of a sentence has a capital (Фон дер Ляйен) */
	while (k > 0 && i - k < NAME_PARTICLES && t[k - 1].type == TK_WORD &&
		   (!(t[k - 1].flags & TF_CAP) || dx_sentence_start(d, k - 1) == k - 1 || (t[k - 1].flags & TF_NL)) &&
		   (t[k].flags & TF_SPACE) && !(t[k].flags & TF_NL) && t[k - 1].nchars <= 5 &&
		   dx_tok_has_cue(d, k - 1, CUE_NAME_PARTICLE) && d->tokperson[k - 1] < 0)
	{
		k--;
		if (t[k].flags & TF_CAP)
			break;
	}
	if (k == i || e < 0 || d->ents[e].kind != DX_PERSON || (name = d->ents[e].name) == NULL)
		return;
	/* the particles and the surname's first letters as the name has them */
	written = dx_tokens_text(d, k, i);
	if (written == NULL)
		return;
	written = lower(d, written);
	name = lower(d, name);
	if (written == NULL || name == NULL || (at = strstr(name, written)) == NULL || (at != name && at[-1] != ' ') ||
		at[strlen(written)] != ' ' || strncmp(at + strlen(written) + 1, t[i].low, 2) != 0)
		return;
	/* the name's own spelling (lower-casing keeps the length of Cyrillic and Latin letters) */
	written = dx_strndup(d->a, d->ents[e].name + (at - name), strlen(written));
	if (written == NULL)
		return;
	for (m = d->nments - 1; m >= 0 && m >= d->nments - 8; m--)
		if (d->ments[m].kind == DX_PERSON && d->ments[m].t0 == i && d->ments[m].entity == e)
		{
			dx_buf		b;

			dx_buf_init(&b, d->a);
			dx_buf_adds(&b, written);
			dx_buf_addc(&b, ' ');
			dx_buf_adds(&b, d->ments[m].normal);
			dx_add_mention(d, k, d->ments[m].t1, DX_PERSON, d->ments[m].form,
						   dx_strdup(d->a, dx_buf_str(&b)), e);
			return;
		}
}

/*
 * "Ван Дейк заявила", "встреча с фон Брауном": a surname alone after the
 * particles of a name (ван, де, фон дер) whose person the story named with
 * them (Анна ван Дейк): a mention of that person over the particles and the
 * surname, in the person's own spelling.  Returns 1 when it made one.
 */
static int
particle_surname_person(dx_doc *d, int i)
{
	const dx_tok *t = d->text.toks;
	int			k = i,
				nc,
				x;
	const int  *ids;
	const char *key,
			   *last;
	dx_buf		b;

	while (k > 0 && i - k < NAME_PARTICLES && t[k - 1].type == TK_WORD &&
		   (!(t[k - 1].flags & TF_CAP) || dx_sentence_start(d, k - 1) == k - 1) &&
		   (t[k].flags & TF_SPACE) && !(t[k].flags & TF_NL) && t[k - 1].nchars <= 5 &&
		   dx_tok_has_cue(d, k - 1, CUE_NAME_PARTICLE) && d->tokperson[k - 1] < 0)
	{
		k--;
		if (t[k].flags & TF_CAP)
			break;
	}
	if (k == i)
		return 0;
	dx_buf_init(&b, d->a);
	for (x = k; x < i; x++)
	{
		dx_buf_adds(&b, t[x].low);
		dx_buf_addc(&b, ' ');
	}
	key = dx_strdup(d->a, dx_buf_str(&b));
	if (key == NULL)
		return 0;
	ids = dx_ix_get(d, DX_IX_PREFIX, key, dx_prefix_len(key), &nc);
	for (x = 0; x < nc && x < DX_IX_SCAN; x++)
	{
		const dx_ent *e = &d->ents[ids[x]];
		size_t		kl = strlen(key),
					nl;
		int			c;
		const char *sp;

		if (e->kind != DX_PERSON || e->surname == NULL || e->name == NULL ||
			strncmp(e->surname, key, kl) != 0 || strchr(last = e->surname + kl, ' ') != NULL)
			continue;
		/* the surname as written or in a case of it: Дейк, Дейка; Браун, Брауном */
		if (strcmp(t[i].low, last) != 0 &&
			(strncmp(t[i].low, last, 4) != 0 || (c = dx_case_of(t[i].low, last)) == DX_UNK || c == DX_NOM))
			continue;
		/* the person's spelling of its particles and surname: the end of its name */
		nl = strlen(e->name);
		sp = e->name + nl - strlen(e->surname);
		if (nl <= strlen(e->surname) || sp[-1] != ' ')
			continue;
		dx_add_mention(d, k, i + 1, DX_PERSON, DX_FORM_NAME, sp, ids[x]);
		return 1;
	}
	return 0;
}

void
dx_find_names_alone(dx_doc *d)
{
	int			n = d->text.ntoks,
				i,
				gov = -3;		/* the last surname alone of a governor or a list */
	unsigned	gov_cases = 0;

	for (i = 0; i < n; i++)
	{
		int			j;

		const char *low = d->text.toks[i].low;
		int			nc,
					x;
		const int  *ids;

		/*
		 * "Послы Иванов, Кузнецов и Смирнов": the first of the list a
		 * person by surname already (a surname the lexicon knows, given
		 * the office by the pass of offices before names), the rest too,
		 * of his office
		 */
		if (d->tokperson[i] >= 0 && (i + 1 >= n || d->tokperson[i + 1] != d->tokperson[i]) &&
			(i < 1 || d->tokperson[i - 1] != d->tokperson[i]) && d->ents[d->tokperson[i]].given == NULL)
		{
			unsigned	pc = plural_office_cases(d, i);

			if (pc != 0)
				plural_office_list(d, i, pc, d->tokperson[i]);
		}
		if (d->tokperson[i] >= 0 || !dx_is_cap_word(d, i))
			continue;
		if ((i & 4095) == 0 && dx_stop(d))
			return;
		ids = dx_ix_get(d, DX_IX_PREFIX, low, dx_prefix_len(low), &nc);
		j = d->nents;
		for (x = 0; x < nc && x < DX_IX_SCAN; x++)
		{
			dx_ent	   *e = &d->ents[ids[x]];
			int			c;

			j = ids[x];

			if (e->kind != DX_PERSON || e->surname == NULL)
				continue;
			/* forms of a surname share its first two letters */
			if (strncmp(d->text.toks[i].low, e->surname, 4) != 0)
				continue;
			if (strcmp(d->text.toks[i].low, e->surname) == 0)
				break;
			c = dx_case_of(d->text.toks[i].low, e->surname);
			if (c != DX_UNK && c != DX_NOM && strlen(e->surname) >= 4)
			{
				/* Токаева, Токаеву, Токаевым, Токаеве */
				const char *nom = dx_name_nominative(d->a, d->text.toks[i].low, e->gender, c, 1);

				if (nom && strcmp(nom, e->surname) == 0)
					break;
			}
			if (dx_surname_ym_form(d->text.toks[i].low, e->surname))
				break;
		}
		if (!(x < nc && x < DX_IX_SCAN) && particle_surname_person(d, i))
			continue;
		if (!(x < nc && x < DX_IX_SCAN))
			j = d->nents;		/* none */
		else if (i + 1 < n && d->ents[j].gender && d->text.toks[i + 1].type == TK_WORD &&
				 dx_past_gender(d->text.toks[i + 1].low) != 0 &&
				 dx_past_gender(d->text.toks[i + 1].low) != d->ents[j].gender)
		{
			/*
			 * "Стрельник заявила" where the story named a man and a woman of
			 * that surname: the one of the verb's gender
			 */
			int			g = dx_past_gender(d->text.toks[i + 1].low),
						y;

			for (y = x + 1; y < nc && y < DX_IX_SCAN; y++)
				if (d->ents[ids[y]].kind == DX_PERSON && d->ents[ids[y]].gender == g &&
					d->ents[ids[y]].surname && d->ents[ids[y]].mentions > 0 &&
					strcmp(d->ents[ids[y]].surname, d->ents[j].surname) == 0)
				{
					j = ids[y];
					break;
				}
		}
		if (j < d->nents)
		{
			const char *surf = dx_tokens_text(d, i, i + 1);
			const char *nom = dx_name_nominative(d->a, surf, d->ents[j].gender, DX_UNK, 1);

			if (strcmp(lower(d, nom), d->ents[j].surname) != 0)
			{
				/* take the entity's own spelling of the surname */
				const char *sp = strrchr(d->ents[j].name, ' ');

				nom = sp ? sp + 1 : d->ents[j].name;
				if (strspn(nom, "IVXL") == strlen(nom))
					nom = d->ents[j].name;	/* Альберта: Альберт II */
			}
			dx_add_mention(d, i, i + 1, DX_PERSON, DX_FORM_NAME, nom, j);
		}
		else if (dx_span_kind_at(d, i) == LK_SURNAME && !second_of_double(d, i))
		{
			const dx_span *s = &d->spans[d->tokspan[i]];

			dx_lexicon_person(d, s->t0, s->t1, s->entry);
		}
		else if (!surname_after_honorific(d, i) && !surname_after_speech(d, i) && !surname_before_verb(d, i) &&
				 !surname_before_office(d, i))
		{
			unsigned	cases = (unsigned) surname_after_governor(d, i);

			if (cases == 0)
				cases = surname_after_plural_office(d, i);
			if (cases == 0)
				cases = surname_after_colleague(d, i);
			if (cases == 0 && gov == i - 2)
				cases = coordinated_surname(d, i, gov_cases);
			if (cases)
			{
				gov = i;
				gov_cases = cases;
			}
			else
				given_name_alone(d, i);
		}
		if (d->tokperson[i] >= 0)
			particles_before_surname(d, i);
	}
}

/*
 * A person's gender (the quotes' and the offices' passes ask it): the
 * entity's own, from a given name's lexicon row; else what the name shows:
 * a given name ending in -а or -я is a woman's (Тереза, Мария) but for a
 * few men's names (class male_name_in_a), a Russian surname shows it too
 * (Захарова, Лавров); 0 when nothing does (names matched in the lexicon
 * carry no gender of their own).
 */
int
dx_person_gender(const dx_doc *d, const dx_ent *e)
{
	if (e->gender != 0)
		return e->gender;		/* from the given name's lexicon row */
	if (e->given != NULL)
	{
		const char *g = strrchr(e->given, ' ') ? strrchr(e->given, ' ') + 1 : e->given;

		if (dx_given_name_gender(g) == DX_FEM)
			return dx_str_has_cue(d->lex, g, CUE_MALE_NAME_IN_A) ? DX_MASC : DX_FEM;
		return DX_MASC;
	}
	return e->surname != NULL ? dx_surname_gender(e->surname) : 0;
}
