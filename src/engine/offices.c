/*
 * offices.c - offices and the persons they name: the office's own words and
 * its state, the role as reported, the person after or before the office, and
 * offices standing for a person (глава казахстанского государства).
 */
#include "internal.h"
#include "entities.h"
#include "morph.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

/* a post after the state of an office: посол Японии в России, при ООН */
#define POST_PREPS (GR_P_V | GR_P_NA | GR_P_PRI)
/* the words an office adds before a name end at them: и, в, с, вместо */
#define OFFICE_STOPS (GR_AND | GR_P_V | GR_P_S | GR_P_VMESTO | GR_P_DO)
/* a name after them and a noun is the noun's object: против освобождения Асии Биби */
#define OBJECT_PREPS (GR_P_ZA | GR_P_PROTIV | GR_P_DLYA | GR_P_IZ | GR_P_K | GR_P_O | GR_P_U | GR_P_DO | \
					  GR_P_NAD | GR_P_PERED | GR_P_CHEREZ | GR_P_MEZHDU)

/*
 * role_from_text of a person whose office the lexicon gives, said in the
 * story to be one held before ("бывший президент Грузии Михаил
 * Саакашвили", "Михаил Саакашвили, экс-президент Грузии"): the person has
 * no role, whatever the lexicon says, unless the story gives a current one.
 */
#define ROLE_FORMER 3

/* ---------------------------------------------------------------- offices */

/* the state an office at span s belongs to, and where the office phrase ends */
static const char *
office_country(dx_doc *d, const dx_span *s, int *end)
{
	int			k;

	*end = s->t1;
	if (s->adj_tok >= 0)
	{
		k = dx_tok_entry_kind(d, s->adj_tok, LK_COUNTRY_ADJ);
		if (k >= 0)
			return dx_entry(d, k)->code;
	}
	/* a state inside the office's own words: председатель КНР */
	for (k = s->t0 + 1; k < s->t1; k++)
	{
		int			c = dx_tok_entry_kind(d, k, LK_COUNTRY);

		if (c >= 0)
			return dx_entry(d, c)->code;
	}
	/* after: президент Азербайджана, министр иностранных дел Республики Казахстан */
	if (s->t1 < d->text.ntoks && d->tokspan[s->t1] >= 0)
	{
		const dx_span *n = &d->spans[d->tokspan[s->t1]];

		if (n->t0 == s->t1 && n->kind == LK_COUNTRY)
		{
			*end = n->t1;
			return dx_entry(d, n->entry)->code;
		}
	}
	/* before: азербайджанский лидер */
	if (s->t0 > 0 && d->tokspan[s->t0 - 1] >= 0)
	{
		const dx_span *p = &d->spans[d->tokspan[s->t0 - 1]];

		if (p->t1 == s->t0 && p->kind == LK_COUNTRY_ADJ)
			return dx_entry(d, p->entry)->code;
	}
	return NULL;
}

/*
 * The dictionary's reading of an office's head as written, when its endings
 * say nothing (судей, послы, посла of судья, посол): the grammemes every
 * known noun reading of token tok has (all of which is one number), and in
 * *cases those of any; 0 when the dictionary does not know the word as a noun.
 */
static uint64_t
head_noun_reading(const dx_doc *d, int tok, uint64_t *cases)
{
	const dx_tok *t = &d->text.toks[tok];
	dx_ocparse	p[16];
	int			n = dx_morph_analyse(d->lex, d->text.src + t->b0, (size_t) (t->b1 - t->b0), p, 16),
				i,
				any = 0;
	uint64_t	all = ~(uint64_t) 0;

	*cases = 0;
	for (i = 0; i < n; i++)
	{
		if (p[i].predicted || !(p[i].gram & DX_G(NOUN)))
			continue;
		all &= p[i].gram;
		*cases |= p[i].gram & DX_G_CASES;
		any = 1;
	}
	return any ? all : 0;
}

/*
 * "один из руководителей", "одной из докладчиц": one of those who hold an
 * office, named after it, is one person holding it.
 */
static int
one_of_many(const dx_doc *d, const dx_span *s)
{
	const dx_tok *toks = d->text.toks;
	int			j = s->t0 - 1;

	/* "один из главных переговорщиков", "одним из ведущих экспертов": an adjective between */
	while (j >= 2 && j >= s->t0 - 2 && toks[j].type == TK_WORD && !(toks[j].flags & TF_CAP) &&
		   dx_adjective_form(&toks[j]) && d->tokspan[j] < 0)
		j--;
	return j >= 1 && (dx_tok_gram(d, j) & GR_P_IZ) && toks[j - 1].type == TK_WORD &&
		dx_numeral_value(toks[j - 1].low) == 1 && toks[j - 1].sent == toks[s->t0].sent;
}

static int
office_plural(const dx_doc *d, const dx_span *s)
{
	const lex_entry *e = dx_entry(d, s->entry);
	int			k = s->t0,
				w = e->w0;
	const char *head;
	const char *form;
	const char *last = d->lex->words[e->w0 + e->nw - 1].low;
	const char *lastform = d->text.toks[s->t1 - 1].low;

	/*
	 * "народных депутатов", "генеральных секретарей": the head is the noun
	 * after the adjectives
	 */
	while (k + 1 < s->t1 && w + 1 < e->w0 + e->nw && d->text.toks[k].type == TK_WORD &&
		   dx_morph_may_be(d->lex, d->text.src + d->text.toks[k].b0,
						   (size_t) (d->text.toks[k].b1 - d->text.toks[k].b0), DX_G(ADJF)) == 1 &&
		   dx_morph_may_be(d->lex, d->text.src + d->text.toks[k].b0,
						   (size_t) (d->text.toks[k].b1 - d->text.toks[k].b0), DX_G(NOUN)) == 0)
	{
		k++;
		w++;
	}
	/* "премьер-министры": the head is the word after the hyphens */
	while (k + 2 < s->t1 && w + 2 < e->w0 + e->nw && d->text.toks[k + 1].type == TK_HYPHEN &&
		   strcmp(d->lex->words[w + 1].low, "-") == 0)
	{
		k += 2;
		w += 2;
	}
	head = d->lex->words[w].low;
	form = d->text.toks[k].low;
	if (e->nw >= 2 && dx_zero_gen_plural_of(lastform, last))
		return 1;				/* главы государств */
	if (dx_noun_plural_of(form, head))
		return 1;				/* президенты, министров */
	/* судей, послы: a head the endings miss, plural in every reading */
	if (strcmp(form, head) != 0 && d->text.toks[k].type == TK_WORD)
	{
		uint64_t	cases;

		return (head_noun_reading(d, k, &cases) & DX_G(plur)) != 0;
	}
	return 0;
}

/* an office in the plural naming several persons, not one of them ("один из руководителей") */
static int
names_many(const dx_doc *d, const dx_span *s)
{
	return office_plural(d, s) && !one_of_many(d, s);
}

/* does person entity e hold an office of class cls (and of that state)? */
static int
holds_office(const dx_doc *d, int e, const char *cls, const char *country)
{
	const dx_ent *p = &d->ents[e];

	if (cls && (p->role_class == NULL || strcmp(p->role_class, cls) != 0))
		return 0;
	if (country && (p->country == NULL || strcmp(p->country, country) != 0))
		return 0;
	return 1;
}

/* a military or police rank standing between an office and the name */
static int
rank_word(const dx_doc *d, int tok)
{
	return d->text.toks[tok].type == TK_WORD && dx_tok_has_cue(d, tok, CUE_RANK);
}

/*
 * A verb in the present or past that dx_verb_form leaves to context
 * ("благодарит", "говорит", "сказал") ends the words of an office, which are
 * nouns in the genitive.
 */
static int
verb_like(const dx_tok *t)
{
	return t->type == TK_WORD && !(t->flags & TF_CAP) && t->nchars >= 5 && dx_verb_like_ending(t->low);
}

/* can the dictionary read token tok with every grammeme of need? */
static int
tok_may_be(const dx_doc *d, int tok, uint64_t need)
{
	const dx_tok *t = &d->text.toks[tok];

	return dx_morph_may_be(d->lex, d->text.src + t->b0, (size_t) (t->b1 - t->b0), need) == 1;
}

/*
 * "генерал-майор в отставке Иван Петров", "полковник в запасе Пётр
 * Сидоров": a rank's holder retired or in the reserve, в and a lower-case
 * noun in the prepositional case, at token j after a rank, before a
 * capitalised word.  Returns the token after it, or j.
 */
static int
rank_status_end(const dx_doc *d, int j)
{
	const dx_tok *toks = d->text.toks;

	if (j + 2 < d->text.ntoks && (dx_tok_gram(d, j) & GR_P_V) && toks[j + 1].type == TK_WORD &&
		!(toks[j + 1].flags & TF_CAP) && dx_span_kind_at(d, j + 1) == LK_NONE &&
		tok_may_be(d, j + 1, DX_G(NOUN) | DX_G(loct) | DX_G(sing)) &&
		toks[j + 2].type == TK_WORD && (toks[j + 2].flags & TF_CAP) && toks[j + 2].sent == toks[j].sent)
		return j + 2;
	return j;
}

/* "назначен", "избрана": a short participle ends the words before a name */
static int
short_participle(const dx_tok *t)
{
	return t->nchars >= 6 && dx_short_participle_ending(t->low);
}

/*
 * "прошла", "состоится", "подписан": a word the dictionary reads only as a
 * verb (a finite form, an infinitive or a short participle), never as a
 * noun or adjective; it ends an office's words
 */
static int
verb_only(const dx_doc *d, int j)
{
	const dx_tok *t = &d->text.toks[j];
	uint64_t	g;

	if (t->type != TK_WORD)
		return 0;
	g = dx_morph_all_grams(d->lex, d->text.src + t->b0, (size_t) (t->b1 - t->b0));
	return (g & (DX_G(VERB) | DX_G(INFN) | DX_G(PRTS))) && !(g & (DX_G(NOUN) | DX_G(ADJF) | DX_G(PRTF)));
}

/*
 * "представляющей", "объединяющего", "выступая": a word the dictionary
 * reads as a full participle or a verbal adverb and never as a noun or
 * adjective; after a comma it opens a clause about the body or the
 * speaker, not another word of the office
 */
static int
participle_only(const dx_doc *d, int j)
{
	const dx_tok *t = &d->text.toks[j];
	uint64_t	g;

	if (t->type != TK_WORD)
		return 0;
	g = dx_morph_all_grams(d->lex, d->text.src + t->b0, (size_t) (t->b1 - t->b0));
	return (g & (DX_G(PRTF) | DX_G(GRND))) && !(g & (DX_G(NOUN) | DX_G(ADJF)));
}

/*
 * "отдела", "посла": a word the dictionary reads as a noun in the genitive
 * and never as a verb, whatever its ending looks like ("глава консульского
 * отдела")
 */
static int
genitive_noun_only(const dx_doc *d, int j)
{
	const dx_tok *t = &d->text.toks[j];
	const char *w = d->text.src + t->b0;
	size_t		len = (size_t) (t->b1 - t->b0);

	return t->type == TK_WORD && dx_morph_may_be(d->lex, w, len, DX_G(NOUN) | DX_G(gent)) == 1 &&
		dx_morph_may_be(d->lex, w, len, DX_G(VERB)) == 0;
}

/*
 * "польского", "папской": a lower-case word the dictionary reads as a full
 * adjective and never as a noun
 */
static int
adjective_only(const dx_doc *d, int j)
{
	const dx_tok *t = &d->text.toks[j];
	uint64_t	g;

	if (t->type != TK_WORD || (t->flags & TF_CAP))
		return 0;
	g = dx_morph_all_grams(d->lex, d->text.src + t->b0, (size_t) (t->b1 - t->b0));
	return (g & DX_G(ADJF)) && !(g & DX_G(NOUN));
}

/*
 * "с министром Петровым в Монако", "с послом Петровой на встрече": a
 * capitalised word of a surname's oblique ending (-овым, -евым, -иным,
 * -овой, -евой, -иной) that the dictionary reads as a surname is the
 * holder named after the office, not an adjective of its body's name
 * ("Государственной думы").
 */
static int
surname_in_oblique(const dx_doc *d, int j)
{
	return dx_surname_instrumental(d->text.toks[j].low) && tok_may_be(d, j, DX_G(Surn));
}

/*
 * A body named inside an office's words by a run of Latin words, an
 * abbreviation or a quoted name, from token j.  Returns where it ends, or j
 * when there is none.
 */
static int
named_body_end(const dx_doc *d, int j, int t1)
{
	const dx_tok *toks = d->text.toks;
	int			k = j;

	if (dx_span_kind_at(d, j) != LK_NONE)
		return j;				/* a body the lexicon knows stays */
	while (k < t1 && toks[k].type == TK_WORD && (toks[k].flags & TF_LAT) && !(toks[k].flags & TF_CYR) &&
		   (toks[k].flags & TF_CAP))
		k++;
	/*
	 * "командующий ВМС", "директор НИИ гриппа", "начальник отделения МФЦ по
	 * округу": an abbreviation in Cyrillic is a common noun of the post
	 * (a service, an institute, a branch) and stays, unless it is a company's
	 * legal form before the company's name ("гендиректор ООО Ромашка")
	 */
	if (k == j && k < t1 && toks[k].type == TK_WORD && (toks[k].flags & TF_ALLCAPS) &&
		(!(toks[k].flags & TF_CYR) || dx_tok_entry_kind(d, k, LK_ORG_TYPE) >= 0))
	{
		/*
		 * "начальник ГУ МВД по Москве", "руководитель ГСУ СК по Москве": an
		 * abbreviation before a body the lexicon knows names a part of it,
		 * which stays with it
		 */
		if (k + 1 < t1 && (dx_span_kind_at(d, k + 1) == LK_ORG || dx_span_kind_at(d, k + 1) == LK_ORG_HEAD) &&
			d->spans[d->tokspan[k + 1]].t0 == k + 1)
			return j;
		k++;
		/* "гендиректор ООО Ромашка": the company's name unquoted after its legal form goes with it */
		if (dx_tok_entry_kind(d, k - 1, LK_ORG_TYPE) >= 0)
			while (k < t1 && toks[k].type == TK_WORD && (toks[k].flags & TF_CAP) && !(toks[k].flags & TF_ALLCAPS) &&
				   !d->tokquoted[k])
				k++;
	}
	if (k < t1 && toks[k].type == TK_QUOTE && k + 1 < t1 && d->tokquoted[k + 1])
	{
		k++;
		while (k < t1 && d->tokquoted[k])
			k++;
		if (k < t1 && toks[k].type == TK_QUOTE)
			k++;
	}
	return k;
}

/*
 * A post in a place named by common words after a preposition, before a
 * name: "представитель президента в федеральном округе Сергей Волков",
 * "председатель комитета в городском совете Пётр Сидоров".  j is the
 * preposition; returns the token of the name, or -1.  The place ends in a
 * noun in the prepositional case, so a time ("в понедельник") is no post.
 */
static int	given_oblique(const dx_doc *d, int tok);
static int	given_nominative(const dx_doc *d, int j);
static int	name_after_holding_verb(const dx_doc *d, const dx_span *s, int j);
static int	possessor(const dx_doc *d, int tok, int ent);
static int	party_member_end(const dx_doc *d, int j);
static int	given_in_genitive(const dx_doc *d, int tok);
static int	name_begins(const dx_doc *d, int j);
static int	describing_noun(const dx_doc *d, int j, int gcase);
static int	describing_plural(const dx_doc *d, int j, int gcase);
static int	story_surname_genitive(dx_doc *d, int j, int *as_nom);

static int
post_in_common_place(const dx_doc *d, int j)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks;
	int			q = j + 1;

	while (q < n && q <= j + 3 && toks[q].type == TK_WORD && !(toks[q].flags & TF_CAP) &&
		   (dx_span_kind_at(d, q) == LK_NONE || dx_span_kind_at(d, q) == LK_CUE) && !dx_verb_form(&toks[q]) &&
		   !verb_like(&toks[q]) && !short_participle(&toks[q]) && !dx_function_word(toks[q].low))
		q++;
	if (q == j + 1 || q >= n || !(toks[q].flags & TF_CAP) ||
		(d->tokperson[q] < 0 && dx_tok_entry_kind(d, q, LK_GIVEN) < 0) ||
		(dx_morph_may_be(d->lex, toks[q - 1].low, strlen(toks[q - 1].low), DX_G(NOUN) | DX_G(loct)) != 1 &&
		 dx_morph_may_be(d->lex, toks[q - 1].low, strlen(toks[q - 1].low), DX_G(NOUN) | DX_G(loc2)) != 1))
		return -1;
	return q;
}

/*
 * The verb of leaving a post to come before the post noun at token j:
 * "покинет пост министра", "оставить свой пост посла".  Returns its token,
 * or -1.
 */
static int
post_leave_verb(const dx_doc *d, int j)
{
	int			v = j - 1;

	if (v >= 1 && (dx_tok_gram(d, v) & GR_POSS_ADJ))
		v--;
	return v >= 0 && dx_tok_has_cue(d, v, CUE_LEAVE_VERB) ? v : -1;
}

/*
 * Is the office at span s the post someone leaves or is relieved of: "с
 * поста главного тренера", "от должности губернатора", "покинет пост
 * министра"?  Returns the token of the preposition or the verb, or -1.
 */
static int
post_left(const dx_doc *d, const dx_span *s)
{
	int			j = s->t0 - 1;

	while (j >= 0 && j >= s->t0 - 2 && d->text.toks[j].type == TK_WORD && !(d->text.toks[j].flags & TF_CAP) &&
		   dx_adjective_form(&d->text.toks[j]))
		j--;
	if (j >= 1 && dx_tok_has_cue(d, j, CUE_POST_NOUN) && (dx_tok_gram(d, j - 1) & (GR_P_S | GR_P_OT)))
		return j - 1;
	if (j >= 1 && dx_tok_has_cue(d, j, CUE_POST_NOUN))
		return post_leave_verb(d, j);
	return -1;
}

/*
 * Do the office's words [j0, j) go on to a topic in the dative after "по"
 * ("по бюджету", "по цифровым технологиям")?  Only its words: a topic
 * whose own words in the dative follow another preposition is none.
 */
static int
po_topic(const dx_doc *d, int j0, int j)
{
	int			k;

	for (k = j - 1; k >= j0; k--)
	{
		if (dx_tok_gram(d, k) & GR_P_PO)
			return 1;
		if (dx_tok_gram(d, k) & GR_PREP)
			return 0;
	}
	return 0;
}

/*
 * "лидер партии Андорры Хадим Хусейн Ризви": a town a list of places
 * knows, written as its nominative in a form that declines, right before
 * a given name, is no place of the office's, which would stand in the
 * genitive ("мэр Хадима"): it is the first word of the holder's name.  Not
 * after a common noun whose name it is ("губернатор провинции Пенджаб").
 */
static int
town_word_of_a_name(const dx_doc *d, int j)
{
	const dx_tok *toks = d->text.toks;
	const dx_span *p;
	const lex_entry *pe;

	if (j < 1 || j + 1 >= d->text.ntoks || d->tokspan[j] < 0 || d->tokperson[j] >= 0)
		return 0;
	p = &d->spans[d->tokspan[j]];
	if (p->kind != LK_CITY || p->t0 != j || p->t1 != j + 1)
		return 0;
	pe = dx_entry(d, p->entry);
	if (pe->nw != 1 || strcmp(d->lex->words[pe->w0].low, toks[j].low) != 0 || !dx_given_declines(toks[j].low))
		return 0;
	if (toks[j - 1].type == TK_WORD && !(toks[j - 1].flags & TF_CAP))
		return 0;
	return toks[j + 1].sent == toks[j].sent && (toks[j + 1].flags & TF_SPACE) &&
		dx_tok_entry_kind(d, j + 1, LK_GIVEN) >= 0;
}

/*
 * "министр экономики, торговли и промышленности": a list of what an
 * office covers after a comma at token j goes on, through lower-case words
 * and commas, to the "и" before its last item; "министр финансов, цены
 * выросли" is no list.  Within ten tokens of the sentence.
 */
static int
list_goes_on_to_and(const dx_doc *d, int j)
{
	const dx_tok *toks = d->text.toks;
	int			k;

	for (k = j + 1; k < d->text.ntoks && k <= j + 10 && toks[k].sent == toks[j].sent; k++)
	{
		if (toks[k].type == TK_WORD && (dx_tok_gram(d, k) & GR_AND))
			return 1;
		if (dx_tok_punct(&toks[k], ','))
			continue;
		if (toks[k].type != TK_WORD || (toks[k].flags & TF_CAP) || dx_verb_form(&toks[k]) || verb_like(&toks[k]) ||
			verb_only(d, k))
			return 0;
	}
	return 0;
}

/*
 * Add the words of a part of an office to the role's words in b, after a
 * space, or none before a comma: "агентства по экологии, торговле и
 * туризму" when "(ФАЭ)" went from between them.
 */
static void
add_words(dx_buf *b, const char *words)
{
	if (b->len && words[0] != ',')
		dx_buf_addc(b, ' ');
	dx_buf_adds(b, words);
}

/*
 * Where a topic with по ends that opens the office's words right after its
 * head, before a named body at token j: "директор по маркетингу компании
 * Apple", "вице-президент по продажам компании «Альфа»".  The topic is then
 * the office's, and the body after it (with the body's word, компании) only
 * the employer that goes.  A few lower-case words after по, none a state's
 * or a body's of the lexicon; c0 when there is no such topic.
 */
static int
topic_before_body(dx_doc *d, int c0, int j)
{
	const dx_tok *toks = d->text.toks;
	int			k;

	if (j < c0 + 2 || j > c0 + 5 || !(dx_tok_gram(d, c0) & GR_P_PO))
		return c0;
	for (k = c0 + 1; k < j; k++)
	{
		if (toks[k].type != TK_WORD || (toks[k].flags & TF_CAP) || dx_span_kind_at(d, k) != LK_NONE)
			return c0;
		if (k > c0 + 1 && d->flex[toks[k].form].orgtype >= 0)
			return k;
	}
	return j;
}

/*
 * The words [c0, c1) an office adds, as the role reports them.  A body the
 * lexicon knows stays ("председатель Европарламента"); a company, institute
 * or group named by its own name goes, with the words that describe it, as
 * the country goes ("эксперт лондонского института Chatham House" ->
 * "эксперт", "председатель правления Wintershall" -> "председатель
 * правления"); topics stay ("по вопросам Brexit").  Offices that say nothing
 * alone (глава, руководитель) keep all.
 */
static const char *
office_words(dx_doc *d, const lex_entry *oe, int c0, int c1)
{
	const dx_tok *toks = d->text.toks;
	dx_buf		b;
	int			j = c0,
				seg = c0,
				kept = c0;
	int			generic = dx_str_has_cue(d->lex, oe->name, CUE_OFFICE_GENERIC);

	dx_buf_init(&b, d->a);
	/*
	 * "вице-президент Еврокомиссии по вопросам энергетики", "директор
	 * компании по маркетингу": a body whose post a topic then names is the
	 * employer, not the office; the office is that of the topic
	 */
	if (!generic && c0 < c1)
	{
		int			be = -1;

		if ((dx_span_kind_at(d, c0) == LK_ORG || dx_span_kind_at(d, c0) == LK_ORG_HEAD) &&
			d->spans[d->tokspan[c0]].t0 == c0)
			be = d->spans[d->tokspan[c0]].t1;
		else if (toks[c0].type == TK_WORD && !(toks[c0].flags & TF_CAP) &&
				 d->flex[toks[c0].form].orgtype >= 0 && dx_genitive_form(&toks[c0]) &&
				 /* "председатель комиссии по вакцинации": the topic ends the body's own name */
				 !dx_tok_has_cue(d, c0, CUE_TOPIC_BODY))
			be = c0 + 1;
		/* "по этому вопросу" is the matter spoken of, not a post's */
		if (be > c0 && be + 1 < c1 && (dx_tok_gram(d, be) & GR_P_PO) && !(dx_tok_gram(d, be + 1) & (GR_DEMO | GR_DEMO_ADJ)))
			j = seg = kept = be;
	}
	while (j < c1)
	{
		int			e = named_body_end(d, j, c1);

		/* the state and an abbreviation in brackets go */
		if (((dx_span_kind_at(d, j) == LK_COUNTRY_ADJ || (dx_span_kind_at(d, j) == LK_COUNTRY && j > c0)) &&
			 /* "Центра британских исследований": within a body's own name it stays */
			 !(dx_span_kind_at(d, j) == LK_COUNTRY_ADJ && j > c0 && toks[j - 1].type == TK_WORD &&
			   (toks[j - 1].flags & TF_CAP) && !(toks[j - 1].flags & TF_ALLCAPS) &&
			   dx_span_kind_at(d, j - 1) == LK_NONE) &&
			 d->spans[d->tokspan[j]].t1 < c1 && !(dx_tok_gram(d, d->spans[d->tokspan[j]].t1) & GR_AND) &&
			 /* "запрещённой в России партии": a state after a preposition is of a phrase within */
			 !(j > c0 && (dx_tok_gram(d, j - 1) & GR_PREP)) &&
			 /* "партии «Техрик-э-Лабаик Пакистан»": a state closing a quoted name is of it */
			 !(toks[d->spans[d->tokspan[j]].t1].type == TK_QUOTE &&
			   !(toks[d->spans[d->tokspan[j]].t1].flags & TF_SPACE))) ||
			dx_tok_punct(&toks[j], '('))
		{
			int			q = dx_span_kind_at(d, j) != LK_NONE && !dx_tok_punct(&toks[j], '(') ?
				d->spans[d->tokspan[j]].t1 : j + 1;

			while (dx_tok_punct(&toks[j], '(') && q < c1 && !dx_tok_punct(&toks[q], ')'))
				q++;
			if (dx_tok_punct(&toks[j], '(') && q < c1)
				q++;
			if (j > kept)
			{
				add_words(&b, dx_tokens_text(d, kept, j));
			}
			kept = j = q;
			if (seg < kept)
				seg = kept;
			continue;
		}
		if (dx_tok_gram(d, j) & GR_P_PO)
			seg = j;
		if (e > j && !generic && !(j >= c0 + 2 && (dx_tok_gram(d, j - 2) & GR_P_PO)) &&
			/* "министр по Brexit": a topic right after по stays */
			!(j >= c0 + 1 && (dx_tok_gram(d, j - 1) & GR_P_PO)) &&
			/* "по цифровым технологиям, культуре и СМИ": the last of the topics */
			!(j > c0 && e == j + 1 && (toks[j].flags & TF_ALLCAPS) && (dx_tok_gram(d, j - 1) & GR_AND) &&
			  po_topic(d, c0, j - 1)))
		{
			/* drop the body with the words that describe it */
			if (seg > kept)
			{
				add_words(&b, dx_tokens_text(d, kept, seg));
			}
			/* but not the office's own topic before it */
			else if (seg == c0 && kept == c0 && topic_before_body(d, c0, j) > c0)
				add_words(&b, dx_tokens_text(d, c0, topic_before_body(d, c0, j)));
			kept = seg = j = e;
			continue;
		}
		j = e > j ? e : j + 1;
	}
	if (c1 > kept)
	{
		add_words(&b, dx_tokens_text(d, kept, c1));
	}
	return dx_buf_str(&b);
}

/* token j is an adverb and nothing else the dictionary knows (временно, официально) */
static int
adverb_only(const dx_doc *d, int j)
{
	return tok_may_be(d, j, DX_G(ADVB)) && !tok_may_be(d, j, DX_G(NOUN)) && !tok_may_be(d, j, DX_G(ADJF)) &&
		!tok_may_be(d, j, DX_G(VERB));
}

/* the case an office span shows on its head: the last part of премьер-министром */
static int
office_case(const dx_doc *d, const dx_span *s, const lex_entry *oe)
{
	int			h = 0;

	while (h + 2 < oe->nw && d->lex->words[oe->w0 + h + 1].type == TK_HYPHEN)
		h += 2;
	/* "временно исполняющим обязанности": an adverb opening the office shows no case; its next word does */
	if (h == 0 && oe->nw >= 2 && s->t0 + 1 < s->t1 && adverb_only(d, s->t0))
		h = 1;
	if (s->t0 + h >= s->t1)
		return DX_UNK;
	/* "пресс-атташе Сергея Маркова": an indeclinable head shows no case */
	if (dx_indeclinable_noun(d->lex->words[oe->w0 + h].low))
		return DX_UNK;
	/* "замдиректора Сергея Копылова": a head that is itself a genitive never declines */
	{
		const dx_tok *t = &d->text.toks[s->t0 + h];
		const char *w = d->text.src + t->b0;
		size_t		len = (size_t) (t->b1 - t->b0);

		if (strcmp(t->low, d->lex->words[oe->w0 + h].low) == 0 &&
			dx_morph_may_be(d->lex, w, len, DX_G(NOUN) | DX_G(gent)) == 1 &&
			dx_morph_may_be(d->lex, w, len, DX_G(NOUN) | DX_G(nomn)) == 0)
			return DX_UNK;
		/*
		 * "замдиректора", "замминистра": a head in one word ending with the
		 * genitive its full name ends with ("заместитель директора") is that
		 * genitive, the dictionary knowing the word or not
		 */
		if (strcmp(t->low, d->lex->words[oe->w0 + h].low) == 0 && oe->name && strchr(oe->name, ' ') &&
			strlen(t->low) > strlen(strrchr(oe->name, ' ') + 1) && dx_ends(t->low, strrchr(oe->name, ' ') + 1))
			return DX_UNK;
	}
	{
		const char *form = d->text.toks[s->t0 + h].low;
		const char *lemma = d->lex->words[oe->w0 + h].low;
		int			c = dx_case_of(form, lemma);
		uint64_t	cases;

		if (c == DX_UNK)
			c = dx_adjective_case_of_lemma(form, lemma);
		/*
		 * посла, послом: a head the endings miss, read by the dictionary;
		 * a genitive that is also the accusative reads as the genitive, as
		 * the endings read министра
		 */
		if (c == DX_UNK && strcmp(form, lemma) != 0 &&
			(head_noun_reading(d, s->t0 + h, &cases) & DX_G(sing)))
			c = (cases & DX_G(gent)) ? DX_GEN : (cases & DX_G(ablt)) && !(cases & ~DX_G(ablt)) ? DX_INS :
				(cases & DX_G(datv)) && !(cases & ~DX_G(datv)) ? DX_DAT :
				(cases & DX_G(loct)) && !(cases & ~DX_G(loct)) ? DX_PREP : DX_UNK;
		return c;
	}
}

/*
 * The office in the genitive that an office ending before token j governs:
 * "исполняющий обязанности губернатора", "советник президента"; NULL when none.
 */
static const dx_span *
governed_office(const dx_doc *d, int j)
{
	const dx_span *o;

	/* "исполняющий обязанности торгового представителя" */
	if (j + 1 < d->text.ntoks && d->tokspan[j] < 0 && d->text.toks[j].type == TK_WORD &&
		!(d->text.toks[j].flags & TF_CAP) && dx_adjective_form(&d->text.toks[j]) && dx_genitive_form(&d->text.toks[j]))
		j++;
	if (j >= d->text.ntoks || d->tokspan[j] < 0 || d->text.toks[j].type != TK_WORD ||
		(d->text.toks[j].flags & TF_CAP))
		return NULL;
	o = &d->spans[d->tokspan[j]];
	if (o->kind != LK_OFFICE || o->t0 != j || office_case(d, o, dx_entry(d, o->entry)) != DX_GEN)
		return NULL;
	return o;
}

/*
 * A title in the nominative at token j (академик, член, профессор, not
 * члена): with no comma it starts a description of the person named after
 * it ("директор института академик РАН Мария Соколова"), not the office's
 * words ("помощник члена Совета Федерации").
 */
static int
title_nominative(const dx_doc *d, int j)
{
	const dx_tok *t = &d->text.toks[j];

	return t->type == TK_WORD && !(t->flags & TF_CAP) && dx_tok_has_cue(d, j, CUE_TITLE) &&
		tok_may_be(d, j, DX_G(NOUN) | DX_G(nomn)) && !tok_may_be(d, j, DX_G(NOUN) | DX_G(gent));
}

/* "НПО", "ООО": an abbreviation in capitals of a body's kind, standing as its noun */
static int
body_abbr(const dx_doc *d, int j)
{
	return j >= 0 && j < d->text.ntoks && d->text.toks[j].type == TK_WORD &&
		(d->text.toks[j].flags & TF_ALLCAPS) && dx_tok_has_cue(d, j, CUE_BODY_ABBR);
}

/*
 * A lower-case noun in the nominative, never the genitive, at token j, or
 * in quotation marks opening there: "автор", «изобретатель»
 */
static int
nominative_noun_after(const dx_doc *d, int j)
{
	const dx_tok *toks = d->text.toks;

	if (j < d->text.ntoks && toks[j].type == TK_QUOTE)
		j++;
	return j < d->text.ntoks && toks[j].type == TK_WORD && !(toks[j].flags & TF_CAP) &&
		tok_may_be(d, j, DX_G(NOUN) | DX_G(nomn)) && !tok_may_be(d, j, DX_G(gent));
}

/*
 * "руководитель пресс-службы клуба Ирина Жукова", "начальник пресс-службы
 * суда": after a body of the lexicon that is a unit of another (a press
 * service), the other body's common noun in the genitive, then the name.
 * Is token j such a noun, right before a capitalised word?
 */
static int
unit_body_noun(dx_doc *d, int j)
{
	const dx_tok *toks = d->text.toks;

	return j + 1 < d->text.ntoks && toks[j].type == TK_WORD && !(toks[j].flags & TF_CAP) &&
		d->flex[toks[j].form].orgtype >= 0 && dx_genitive_form(&toks[j]) &&
		dx_span_kind_at(d, j) == LK_NONE && toks[j + 1].sent == toks[j].sent &&
		toks[j + 1].type == TK_WORD && (toks[j + 1].flags & TF_CAP);
}

static int	past_time_adverbial(const dx_doc *d, int k);

/*
 * "Премьер-министром страны вновь стал Иван Петров", "Президентом страны
 * избран": a verb of a link, of appointing, of holding or of taking a post
 * at token k (past an adverbial, "вновь", "в среду"), lower case, in the
 * sentence of token j: the word at j before it closes the office's words.
 */
static int
post_verb_after(const dx_doc *d, int j, int k)
{
	const dx_tok *toks = d->text.toks;

	k = past_time_adverbial(d, k);
	return k < d->text.ntoks && toks[k].type == TK_WORD && !(toks[k].flags & TF_CAP) &&
		toks[k].sent == toks[j].sent &&
		(dx_tok_has_cue(d, k, CUE_LINK_VERB) || dx_tok_has_cue(d, k, CUE_APPOINTED) ||
		 dx_tok_has_cue(d, k, CUE_HOLDS_POST) || dx_tok_has_cue(d, k, CUE_APPOINT_VERB) ||
		 dx_tok_has_cue(d, k, CUE_ENTER_POST));
}

/*
 * "пресс-секретарь МИД страны Ахмед Хан", "министр обороны страны Иван
 * Петров": a common noun standing for the state the story told before
 * closes an office's words as the state's own name would, and like it is
 * no part of the role.  Is token j such a word, before a capitalised word
 * of the same sentence or a punctuation mark?
 */
static int
state_word(const dx_doc *d, int j)
{
	const dx_tok *toks = d->text.toks;

	return j + 1 < d->text.ntoks && toks[j].type == TK_WORD && !(toks[j].flags & TF_CAP) &&
		dx_tok_has_cue(d, j, CUE_STATE_WORD) && toks[j + 1].sent == toks[j].sent &&
		((toks[j + 1].type == TK_WORD && (toks[j + 1].flags & TF_CAP)) ||
		 /*
		  * "главный эпидемиолог страны и автор стратегии": и before a noun
		  * in the nominative, not a list in the genitive ("по делам страны
		  * и диаспоры")
		  */
		 (toks[j + 1].type == TK_WORD && (dx_tok_gram(d, j + 1) & GR_AND) && nominative_noun_after(d, j + 2)) ||
		 dx_tok_punct(&toks[j + 1], ',') || dx_tok_punct(&toks[j + 1], '.') || toks[j + 1].type == TK_DASH ||
		 /* "министр страны по выходу из ЕС": before the office's topic, as a state's name */
		 (toks[j + 1].type == TK_WORD && (dx_tok_gram(d, j + 1) & GR_P_PO)) ||
		 post_verb_after(d, j, j + 1));
}

/*
 * Is the state at token j part of a body's name: quoted ("компании «Андорра
 * Телеком»") or a Latin word before another capitalised Latin word the
 * lexicon does not know ("Andorra Telecom")?
 */
static int
state_in_a_name(const dx_doc *d, int j)
{
	const dx_tok *toks = d->text.toks;
	int			e = d->spans[d->tokspan[j]].t1;

	if (d->tokquoted[j])
		return 1;
	return (toks[j].flags & TF_LAT) && !(toks[j].flags & TF_CYR) && e < d->text.ntoks &&
		toks[e].type == TK_WORD && (toks[e].flags & TF_LAT) && !(toks[e].flags & TF_CYR) &&
		(toks[e].flags & TF_CAP) && dx_span_kind_at(d, e) == LK_NONE;
}

/*
 * Does the dictionary know the word at token j, not only guess it from its
 * ending?  "с главой облдумы Аркадием Фоминым": облдумы, which it does not
 * know, is guessed a noun of persons in the plural like тугодумы; a body's
 * noun with a prefix of its own (обл-, гор-) is no title of the holders.
 */
static int
known_to_dictionary(const dx_doc *d, int j)
{
	const dx_tok *t = &d->text.toks[j];
	dx_ocparse	p[4];

	return dx_morph_lookup(d->lex, d->text.src + t->b0, (size_t) (t->b1 - t->b0), p, 4) > 0;
}

/*
 * "назначил министром указ президента": after an office in the
 * instrumental (its head before its own words in the genitive, which end at
 * token j0-1), a noun in the nominative the dictionary reads in no genitive
 * (and as no adjective) at token j, with no preposition among the office's
 * words from j0 before it (not "по делам"), is no word of the office, whose
 * words are in the genitive: the subject or agent after it.
 */
static int
agent_noun(const dx_doc *d, int j0, int j)
{
	const dx_tok *toks = d->text.toks;
	int			k = j0 - 1;

	/* a guess (облдумы like тугодумы) tells no case of a word for sure */
	if (!tok_may_be(d, j, DX_G(NOUN) | DX_G(nomn)) || tok_may_be(d, j, DX_G(gent)) || tok_may_be(d, j, DX_G(ADJF)) ||
		!known_to_dictionary(d, j))
		return 0;
	/* "министром финансов": the office's head, before its own words in the genitive */
	while (k > 0 && k > j0 - 4 && toks[k].type == TK_WORD && !(toks[k].flags & TF_CAP) &&
		   tok_may_be(d, k, DX_G(gent)) && !tok_may_be(d, k, DX_G(ablt)))
		k--;
	if (k < 0 || toks[k].type != TK_WORD || !tok_may_be(d, k, DX_G(ablt)) || tok_may_be(d, k, DX_G(nomn)))
		return 0;
	for (k = j0; k < j; k++)
		if (dx_tok_gram(d, k) & GR_PREP)
			return 0;
	return 1;
}

static int	surname_alone_at(const dx_doc *d, int q, int known_only);

/*
 * "Эрмитажа Пиотровский": a capitalised word at j the dictionary knows
 * and reads as a noun in the genitive and never as a verb, nor as a given name, a
 * surname, a patronymic or a place, that no list knows as a given name,
 * before a surname alone (surname_alone_at)
 */
static int
body_noun_before_surname(const dx_doc *d, int j)
{
	const dx_tok *t = &d->text.toks[j];
	dx_ocparse	p[16];
	int			n = dx_morph_analyse(d->lex, d->text.src + t->b0, (size_t) (t->b1 - t->b0), p, 16),
				k,
				known = 0;

	/* a word the dictionary knows, not one whose readings it guesses (Ленкома) */
	for (k = 0; k < n; k++)
		if (!p[k].predicted && (p[k].gram & DX_G(NOUN)) && (p[k].gram & DX_G(gent)))
			known = 1;
	return known && genitive_noun_only(d, j) && !tok_may_be(d, j, DX_G(Name)) && !tok_may_be(d, j, DX_G(Surn)) &&
		!tok_may_be(d, j, DX_G(Patr)) && !tok_may_be(d, j, DX_G(Geox)) &&
		dx_tok_entry_kind(d, j, LK_GIVEN) < 0 && surname_alone_at(d, j + 1, 0);
}

/*
 * The words that go on an office before the name, from token j0: "по делам
 * религии", "компании по маркетингу", "информации и телерадиовещания",
 * "охраны окружающей среды, продовольствия и ...", "правления Wintershall",
 * "НАК «Нафтогаз Украины»".  Returns where those words end (j0 when there
 * are none).  A state closing them ("министр экономики и инфраструктуры
 * Молдовы") is returned in *country, *cend after it.
 */
static int
office_complement(const dx_doc *d, int j0, int listed, const char **country, int *cend)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks;
	int			j = j0,
				last = j0,
				words = 0;

	while (j < n && j - j0 < 14 && words < 10 && toks[j].sent == toks[j0 > 0 ? j0 - 1 : 0].sent)
	{
		const dx_tok *t = &toks[j];
		int			kk = dx_span_kind_at(d, j);

		if (kk == LK_ORG)
		{
			j = d->spans[d->tokspan[j]].t1;
			last = j;
			continue;
		}
		/* "Аркадий Фомин, глава Роснано,": a body's word a name rule set aside, closing the office's words */
		if (d->tokbody && d->tokbody[j] && kk == LK_NONE && t->type == TK_WORD && j + 1 < n &&
			toks[j + 1].type != TK_WORD)
		{
			last = ++j;
			break;
		}
		/*
		 * "компании «Андорра Телеком»", "компании Andorra Telecom": a state
		 * inside a body's name is the body's, and the name goes on
		 */
		if ((kk == LK_COUNTRY || kk == LK_COUNTRY_ADJ) && state_in_a_name(d, j))
		{
			if (*country == NULL)
				*country = dx_entry(d, d->spans[d->tokspan[j]].entry)->code;
			kk = LK_NONE;
		}
		if (kk == LK_COUNTRY && last > j0)
		{
			int			ce = d->spans[d->tokspan[j]].t1;
			int			k;

			/*
			 * "по вопросам выхода Великобритании из Евросоюза": a state inside
			 * the topic, when a preposition goes on after it
			 */
			for (k = j0; k < j && !(dx_tok_gram(d, k) & GR_P_PO); k++)
				;
			if (k < j && ce + 1 < n && toks[ce].type == TK_WORD && !(toks[ce].flags & TF_CAP) &&
				(dx_tok_gram(d, ce) & (GR_P_IZ | GR_P_V | GR_P_S | GR_P_K | GR_P_NA)) &&
				toks[ce + 1].type == TK_WORD && d->tokperson[ce + 1] < 0 &&
				dx_tok_entry_kind(d, ce + 1, LK_GIVEN) < 0)
			{
				if (*country == NULL)
					*country = dx_entry(d, d->spans[d->tokspan[j]].entry)->code;
				j = ce + 1;
				last = j;
				words++;
				continue;
			}
			*country = dx_entry(d, d->spans[d->tokspan[j]].entry)->code;
			*cend = d->spans[d->tokspan[j]].t1;
			break;
		}
		/* "министр обороны страны": the state told before */
		if (state_word(d, j))
		{
			*cend = j + 1;
			break;
		}
		/*
		 * "глава палестинской делегации", "гендиректор канадского НПО": the
		 * state, inside the office's words; so too before a body the lexicon
		 * knows, which office_role takes ("представитель американского
		 * Госдепартамента")
		 */
		if (kk == LK_COUNTRY_ADJ && d->spans[d->tokspan[j]].t1 < n &&
			toks[d->spans[d->tokspan[j]].t1].type == TK_WORD &&
			(!(toks[d->spans[d->tokspan[j]].t1].flags & TF_CAP) || body_abbr(d, d->spans[d->tokspan[j]].t1) ||
			 ((dx_span_kind_at(d, d->spans[d->tokspan[j]].t1) == LK_ORG ||
			   dx_span_kind_at(d, d->spans[d->tokspan[j]].t1) == LK_ORG_HEAD) &&
			  d->spans[d->tokspan[d->spans[d->tokspan[j]].t1]].t0 == d->spans[d->tokspan[j]].t1)))
		{
			if (*country == NULL)
				*country = dx_entry(d, d->spans[d->tokspan[j]].entry)->code;
			j = d->spans[d->tokspan[j]].t1;
			last = j;
			continue;
		}
		/*
		 * an abbreviation in brackets: "(ОФДД)"; the body's name in its own
		 * language: "Сети базовой ренты (Red Renta Basica)"
		 */
		if (dx_tok_punct(t, '(') && last > j0)
		{
			int			q = j + 1,
						latin = 1;

			while (q < n && q <= j + 7 && !dx_tok_punct(&toks[q], ')'))
			{
				if (toks[q].type != TK_WORD || !(toks[q].flags & TF_LAT) || (toks[q].flags & TF_CYR))
					latin = 0;
				q++;
			}
			if (q < n && (q <= j + 3 || latin) && q <= j + 7 && q > j + 1)
			{
				j = last = q + 1;
				continue;
			}
			break;
		}
		/* "делегации на переговорах", "группы по переговорам" */
		if (kk == LK_EVENT && j > j0 && !(t->flags & TF_CAP) &&
			(dx_tok_gram(d, j - 1) & (GR_P_NA | GR_P_PO)))
		{
			j = d->spans[d->tokspan[j]].t1;
			last = j;
			words++;
			continue;
		}
		/* an office in the genitive plural: "секретариата кабинета министров" */
		if (kk == LK_OFFICE && t->type == TK_WORD && !(t->flags & TF_CAP) && last > j0 &&
			dx_gen_plural_ending(t->low))
			kk = LK_NONE;
		/*
		 * "ректора университета академика Ивана Петрова": a title after the
		 * office's words, in any case, before a name describes the person
		 */
		if ((last > j0 || listed) && j + 1 < n && t->type == TK_WORD && !(t->flags & TF_CAP) &&
			dx_tok_has_cue(d, j, CUE_TITLE) && name_begins(d, j + 1))
			break;
		/*
		 * an office governing another in the genitive is one post: "исполняющий
		 * обязанности губернатора", "советник президента", "заместитель главы";
		 * so too past the governing office's own words: "руководитель
		 * пресс-службы президента", "управляющий делами губернатора"
		 */
		if ((j == j0 || (kk == LK_OFFICE && last == j)) && governed_office(d, j))
		{
			j = last = governed_office(d, j)->t1;
			words++;
			continue;
		}
		/* a quoted name, or an abbreviation introducing one: НАК «Нафтогаз Украины» */
		if (d->tokquoted[j] ||
			(t->type == TK_QUOTE && ((j + 1 < n && d->tokquoted[j + 1]) || (j > j0 && d->tokquoted[j - 1]))) ||
			(t->type == TK_WORD && (t->flags & TF_ALLCAPS) && kk == LK_NONE && j + 1 < n &&
			 toks[j + 1].type == TK_QUOTE && d->tokquoted[j + 2 < n ? j + 2 : j]))
		{
			j++;
			last = j;
			continue;
		}
		/* "гендиректор НПО Amnesty International": the abbreviation of the body's kind, before its name */
		if (kk == LK_NONE && body_abbr(d, j) && j + 1 < n && (toks[j + 1].flags & TF_LAT) &&
			!(toks[j + 1].flags & TF_CYR) && dx_is_cap_word(d, j + 1))
		{
			j++;
			last = j;
			words++;
			continue;
		}
		/*
		 * "Иван Петров, командующий ВМС Андорры", "начальник штаба ВДВ": an
		 * abbreviation in Cyrillic the lexicon does not know names the
		 * service or body of the post, a word of the office (named_body_end)
		 */
		if (t->type == TK_WORD && (t->flags & TF_ALLCAPS) && (t->flags & TF_CYR) && t->nchars >= 2 &&
			kk == LK_NONE && d->tokperson[j] < 0 && last == j && dx_tok_entry_kind(d, j, LK_ORG_TYPE) < 0)
		{
			j = last = j + 1;
			words++;
			continue;
		}
		/* "поликлиникой №2", "школы № 5": the number of a body, after its word */
		if (t->type != TK_WORD && last == j && j > j0 && j + 1 < n && toks[j + 1].type == TK_NUM &&
			t->b1 - t->b0 == 3 && memcmp(d->text.src + t->b0, "\xe2\x84\x96", 3) == 0)
		{
			j = last = j + 2;
			continue;
		}
		/* "контр-адмирал", "вице-адмирал": a rank with a prefix of its own; "академик РАН" */
		if (rank_word(d, j) || title_nominative(d, j) ||
			(t->type == TK_WORD && !(t->flags & TF_CAP) && j + 2 < n && toks[j + 1].type == TK_HYPHEN &&
			 !(toks[j + 1].flags & TF_SPACE) && !(toks[j + 2].flags & TF_SPACE) && rank_word(d, j + 2)))
			break;
		/*
		 * "сенатор республиканец Иван Петров": a noun describing the person
		 * named next (the capital after it asked first: the cheaper test)
		 */
		if (j + 1 < n && (toks[j + 1].flags & TF_CAP) && describing_noun(d, j, DX_UNK) && name_begins(d, j + 1))
			break;
		/* "командующие флотами адмиралы Иван Петров и Пётр Сидоров", "генерал-полковники ..." */
		if (((j + 1 < n && (toks[j + 1].flags & TF_CAP)) ||
			 (j + 3 < n && toks[j + 1].type == TK_HYPHEN && (toks[j + 3].flags & TF_CAP))) &&
			describing_plural(d, j, DX_UNK) > j && name_begins(d, describing_plural(d, j, DX_UNK)))
			break;
		/*
		 * "с главой Росстата Аркадием Фоминым", "председатель Мосгордумы
		 * Фомин": a word built like a body's name (dx_body_compound) in a
		 * genitive's ending right after the office's words, before a
		 * capitalised word, is the body the office is of, though a name
		 * follows it (not "губернатор Россель заявил")
		 */
		if (kk == LK_NONE && last == j && d->tokperson[j] < 0 && dx_genitive_form(t) && j + 1 < n &&
			toks[j + 1].sent == t->sent && dx_is_cap_word(d, j + 1) && dx_body_word(d, j))
		{
			j = last = j + 1;
			words++;
			continue;
		}
		/*
		 * "директор Эрмитажа Пиотровский": right after the office, a
		 * capitalised noun in the genitive that the dictionary knows, and
		 * as no name of a person or place, before a surname alone: the
		 * body's name
		 */
		if (j == j0 && t->type == TK_WORD && (t->flags & TF_CAP) && (t->flags & TF_CYR) &&
			!(t->flags & TF_ALLCAPS) && kk == LK_NONE && d->tokperson[j] < 0 && body_noun_before_surname(d, j))
		{
			j++;
			last = j;
			words++;
			continue;
		}
		/* "по вопросам Brexit", "по делам Брекзита", "Восточного комитета": a name inside the office */
		if (t->type == TK_WORD && (t->flags & TF_CAP) && kk == LK_NONE &&
			((j >= j0 + 2 && (dx_tok_gram(d, j - 2) & GR_P_PO) && dx_tok_has_cue(d, j - 1, CUE_OFFICE_TOPIC) &&
			  !(j + 1 < n && dx_is_cap_word(d, j + 1) && !dx_is_cap_word(d, j + 2))) ||
			 ((t->flags & TF_LAT) && !(t->flags & TF_CYR) &&
			  (j == j0 || !(toks[j - 1].flags & TF_CAP) || (toks[j - 1].flags & TF_LAT) || body_abbr(d, j - 1))) ||
			 (dx_adjective_form(t) && j + 1 < n && !(toks[j + 1].flags & TF_CAP) &&
			  toks[j + 1].type == TK_WORD && !surname_in_oblique(d, j)) ||
			 /* a body's name in the genitive: "Центра британских исследований", "Совета федерации" */
			 (dx_genitive_form(t) && j + 1 < n && toks[j + 1].type == TK_WORD &&
			  /* not a person's the story named: "советник Петрова по экономике" */
			  !story_surname_genitive((dx_doc *) d, j, NULL) &&
			  !(toks[j + 1].flags & TF_CAP) && !dx_verb_code(d, j + 1) && !dx_verb_form(&toks[j + 1]) &&
			  !short_participle(&toks[j + 1]) &&
			  /* "Анна ван Дейк": a name's particle before a capitalised word ends no body's name */
			  !(dx_tok_has_cue(d, j + 1, CUE_NAME_PARTICLE) && j + 2 < n && dx_is_cap_word(d, j + 2)) &&
			  ((dx_tok_gram(d, j + 1) & GR_P_PO) || !dx_function_word(toks[j + 1].low)))))
		{
			j++;
			last = j;
			words++;
			continue;
		}
		/* "крымско-татарского", "социал-демократической": a word joined by a hyphen */
		if (t->type == TK_HYPHEN && j > j0 && last == j && j + 1 < n && toks[j - 1].type == TK_WORD &&
			!(toks[j - 1].flags & TF_CAP) && toks[j + 1].type == TK_WORD && !(toks[j + 1].flags & TF_CAP) &&
			dx_span_kind_at(d, j + 1) == LK_NONE && !(t->flags & TF_SPACE) && !(toks[j + 1].flags & TF_SPACE))
		{
			j++;
			continue;
		}
		/*
		 * a list of what the office covers: "информации и телерадиовещания";
		 * of topics in the dative after "по": "по бюджету и человеческим
		 * ресурсам", "по цифровым технологиям, культуре и СМИ"
		 */
		if (((dx_tok_gram(d, j) & GR_AND) || dx_tok_punct(t, ',')) && (last > j0 || listed) && j + 1 < n &&
			toks[j + 1].type == TK_WORD && dx_span_kind_at(d, j + 1) == LK_NONE &&
			((!(toks[j + 1].flags & TF_CAP) &&
			  (dx_genitive_form(&toks[j + 1]) || (po_topic(d, j0, j) && tok_may_be(d, j + 1, DX_G(datv)))) &&
			  !dx_function_word(toks[j + 1].low) && !dx_verb_code(d, j + 1) && !dx_verb_form(&toks[j + 1]) &&
			  !verb_only(d, j + 1) &&
			  /* "ассоциации врачей, представляющей тысячи врачей": a clause, not a topic */
			  !participle_only(d, j + 1) &&
			  /* "министр финансов, цены выросли": a list goes on to "и" */
			  (!dx_tok_punct(t, ',') || list_goes_on_to_and(d, j))) ||
			 /*
			  * an abbreviation closing the topics: "и СМИ" before the name, or
			  * after it before a punctuation mark ("Иван Петров, еврокомиссар по
			  * цифровым технологиям, культуре и СМИ.")
			  */
			 ((dx_tok_gram(d, j) & GR_AND) && (toks[j + 1].flags & TF_ALLCAPS) && toks[j + 1].nchars >= 2 &&
			  po_topic(d, j0, j) && j + 2 < n && d->tokperson[j + 1] < 0 &&
			  (dx_is_cap_word(d, j + 2) || dx_tok_punct(&toks[j + 2], '.') || dx_tok_punct(&toks[j + 2], ',') ||
			   dx_tok_punct(&toks[j + 2], ';')))))
		{
			if (toks[j + 1].flags & TF_ALLCAPS)
			{
				j += 2;
				last = j;
				continue;
			}
			j++;
			continue;
		}
		/*
		 * "назначен министром финансов ее давний соратник Иван Петров": a
		 * possessive before a word not in the genitive begins the subject
		 * after the office, not its words ("её правительства" is)
		 */
		if ((dx_tok_gram(d, j) & GR_POSS) && j > 0 && !(dx_tok_gram(d, j - 1) & GR_PREP) && j + 1 < n &&
			toks[j + 1].type == TK_WORD && !dx_genitive_form(&toks[j + 1]))
			break;
		/*
		 * "судьи из окружения Петра Сидорова": "из" right after the office
		 * is the circle the holder comes from, and the name after it is not
		 * the office's; further on it stays ("по вопросам выхода из
		 * Евросоюза", "врач одной из больниц")
		 */
		if ((dx_tok_gram(d, j) & GR_P_IZ) && j == j0)
			break;
		/* "по связям с общественностью", "по работе с молодёжью": the topic's own "с" */
		if ((dx_tok_gram(d, j) & GR_P_S) && j >= j0 + 2 && (dx_tok_gram(d, j - 2) & GR_P_PO) && j + 1 < n &&
			toks[j + 1].type == TK_WORD && !(toks[j + 1].flags & TF_CAP) && dx_span_kind_at(d, j + 1) == LK_NONE &&
			tok_may_be(d, j - 1, DX_G(NOUN) | DX_G(datv)) && tok_may_be(d, j + 1, DX_G(ablt)))
		{
			j++;
			continue;
		}
		if (t->type != TK_WORD || (t->flags & TF_CAP) || kk != LK_NONE || dx_verb_code(d, j) ||
			(dx_tok_gram(d, j) & GR_P_OT) || dx_tok_has_cue(d, j, CUE_LINK_VERB) ||
			dx_tok_has_cue(d, j, CUE_FORMER) || party_member_end(d, j) > j ||
			/* "с поста главного тренера клуба вчера": an adverb ends the office's words */
			(dx_morph_first_gram(d->lex, d->text.src + t->b0, (size_t) (t->b1 - t->b0)) & DX_G(ADVB)) ||
			(dx_verb_form(t) && !genitive_noun_only(d, j)) || short_participle(t) || verb_like(t) || verb_only(d, j) ||
			(dx_tok_gram(d, j) & OFFICE_STOPS) ||
			/* "делегации на переговорах", not "на встрече" right after the office */
			((dx_tok_gram(d, j) & GR_P_NA) && ((last == j0 && !listed) || j + 1 >= n || (toks[j + 1].flags & TF_CAP))) ||
			agent_noun(d, j0, j))
			break;
		j++;
		words++;
		if (!(t->nchars <= 2))
			last = j;
	}
	return last;
}

/*
 * The office that governs office span s in the genitive, the words of the
 * one ending with s: "советник президента", "руководитель пресс-службы
 * президента", "управляющий делами губернатора"; NULL when none.
 */
static const dx_span *
governing_office(const dx_doc *d, const dx_span *s)
{
	const dx_tok *toks = d->text.toks;
	int			k;

	if (governed_office(d, s->t0) != s)
		return NULL;
	for (k = s->t0 - 1; k >= 0 && k >= s->t0 - 8 && toks[k].sent == toks[s->t0].sent; k--)
	{
		const dx_span *o;
		const char *c = NULL;
		int			cend = -1;

		if (d->tokspan[k] < 0 || d->spans[d->tokspan[k]].kind != LK_OFFICE)
			continue;
		o = &d->spans[d->tokspan[k]];
		if (o->t1 == s->t0)
			return o;
		k = office_complement(d, o->t1, o->t1 - o->t0 > 1, &c, &cend);
		/* "руководитель пресс-службы президента": past a body's word */
		if (k == o->t1 && k < s->t0 && (dx_span_kind_at(d, k) == LK_ORG || dx_span_kind_at(d, k) == LK_ORG_HEAD) &&
			d->spans[d->tokspan[k]].t0 == k)
			return d->spans[d->tokspan[k]].t1 == s->t0 ? o : NULL;
		return k >= s->t1 ? o : NULL;
	}
	return NULL;
}

/*
 * Is token k a lower-case office of one word, alone in its span, that may be
 * a nominative: a word describing a person before the name?
 */
static int
description_office(const dx_doc *d, int k)
{
	const dx_tok *t = &d->text.toks[k];

	return t->type == TK_WORD && !(t->flags & TF_CAP) && dx_span_kind_at(d, k) == LK_OFFICE &&
		d->spans[d->tokspan[k]].t0 == k && d->spans[d->tokspan[k]].t1 == k + 1 &&
		tok_may_be(d, k, DX_G(NOUN) | DX_G(nomn));
}

/*
 * An age before a name: "44-летний", "72-х летний", "58-ми летний" (a case ending
 * on the numeral).  Returns the token after it, or k when there is none.
 */
static int
past_age(const dx_doc *d, int k)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				q = k + 2;

	if (q >= n || toks[k].type != TK_NUM || toks[k + 1].type != TK_HYPHEN)
		return k;
	if (q + 1 < n && toks[q].type == TK_WORD && toks[q].nchars <= 2 && !(toks[q].flags & TF_CAP))
		q++;
	if (toks[q].type == TK_WORD && !(toks[q].flags & TF_CAP) && dx_adjective_form(&toks[q]))
		return q + 1;
	return k;
}

/*
 * An age right before token f ("назначил 44-летнего Ивана Петрова", "72-х
 * летнего"): the token it starts at, or f.
 */
static int
age_before(const dx_doc *d, int f)
{
	int			k;

	for (k = f - 3; k >= 0 && k >= f - 4; k--)
		if (d->text.toks[k].sent == d->text.toks[f].sent && past_age(d, k) == f)
			return k;
	return f;
}

/*
 * One piece of an adverbial of time or manner starting at token k, read
 * from morphology and the shapes of tokens: an adverb ("вчера", "вновь",
 * "временно", "единогласно"); or a noun of time (class time_noun or
 * year_word) after a preposition, an adjective or a number ("в понедельник",
 * "в прошлую среду", "в 2020 году", "17 мая"), a year after it ("17 мая
 * 2020 года").  Returns the token after it, or k.
 */
static int
past_time_piece(const dx_doc *d, int k)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				q = k;

	if (k >= n || d->tokname[k] >= 0 || dx_span_kind_at(d, k) != LK_NONE)
		return k;
	if (toks[k].type == TK_WORD && !(toks[k].flags & TF_CAP) && tok_may_be(d, k, DX_G(ADVB)) &&
		!tok_may_be(d, k, DX_G(NOUN)) && !tok_may_be(d, k, DX_G(ADJF)) && !dx_verb_form(&toks[k]) &&
		!dx_tok_has_cue(d, k, CUE_LINK_VERB) &&
		!(dx_tok_gram(d, k) & (GR_PREP | GR_CONJ | GR_PRON | GR_REL | GR_WHICH | GR_AUX)))
		return k + 1;
	if (toks[q].type == TK_WORD && !(toks[q].flags & TF_CAP) && (dx_tok_gram(d, q) & GR_PREP))
		q++;
	/* "в Лондоне", "в Италии": an adverbial of place, a town, region or state after «в» */
	if (q == k + 1 && q < n && (dx_tok_gram(d, k) & GR_P_V) && toks[q].sent == toks[k].sent &&
		(dx_span_kind_at(d, q) == LK_CITY || dx_span_kind_at(d, q) == LK_CAPITAL || dx_span_kind_at(d, q) == LK_REGION ||
		 dx_span_kind_at(d, q) == LK_COUNTRY) &&
		d->spans[d->tokspan[q]].t0 == q)
		return d->spans[d->tokspan[q]].t1;
	/* "в прошлую среду": an adjective before the noun */
	if (q < n && toks[q].type == TK_WORD && !(toks[q].flags & TF_CAP) && !dx_tok_has_cue(d, q, CUE_TIME_NOUN) &&
		!dx_tok_has_cue(d, q, CUE_YEAR_WORD) && tok_may_be(d, q, DX_G(ADJF)) && !tok_may_be(d, q, DX_G(NOUN)) &&
		dx_span_kind_at(d, q) == LK_NONE)
		q++;
	if (q < n && toks[q].type == TK_NUM)
		q++;
	if (q >= n || toks[q].type != TK_WORD || (toks[q].flags & TF_CAP) || toks[q].sent != toks[k].sent ||
		d->tokname[q] >= 0 || dx_span_kind_at(d, q) != LK_NONE ||
		!(dx_tok_has_cue(d, q, CUE_TIME_NOUN) || (dx_tok_has_cue(d, q, CUE_YEAR_WORD) && q > k)))
		return k;
	q++;
	if (q + 1 < n && toks[q].type == TK_NUM && dx_tok_has_cue(d, q + 1, CUE_YEAR_WORD) &&
		toks[q + 1].sent == toks[k].sent)
		q += 2;
	return q;
}

/*
 * An adverbial of time or manner from token k, of one or two pieces
 * (past_time_piece: "в среду вечером", "вчера единогласно"), that may stand
 * between a verb of appointing, its object and the office without changing
 * who is appointed to what.  Returns the token after it, or k.
 */
static int
past_time_adverbial(const dx_doc *d, int k)
{
	int			q = past_time_piece(d, k);

	return q > k ? past_time_piece(d, q) : k;
}

/*
 * The adverbial of past_time_adverbial ending at token j, of six tokens at
 * most: the token before it, or j when there is none.
 */
static int
before_time_adverbial(const dx_doc *d, int j)
{
	const dx_tok *t;
	int			k;

	/*
	 * every piece ends with a word: a place's last, or a lower-case adverb,
	 * noun of time or year word; most tokens are none, and cost no lookup
	 */
	if (j < 1 || j >= d->text.ntoks)
		return j;
	t = &d->text.toks[j];
	if (t->type != TK_WORD)
		return j;
	if ((t->flags & TF_CAP) ? (d->tokspan[j] < 0 || d->spans[d->tokspan[j]].t1 != j + 1) :
		!(dx_tok_has_cue(d, j, CUE_TIME_NOUN) || dx_tok_has_cue(d, j, CUE_YEAR_WORD) || tok_may_be(d, j, DX_G(ADVB))))
		return j;
	for (k = j - 5; k <= j; k++)
		if (k >= 1 && d->text.toks[k].sent == d->text.toks[j].sent && past_time_adverbial(d, k) == j + 1)
			return k - 1;
	return j;
}

static int	name_starts(const dx_doc *d, int j);

/*
 * Does a name start at token j: a capitalised word of a person found, a
 * given name, or two capitalised words the lexicon does not know?
 */
static int
name_begins(const dx_doc *d, int j)
{
	const dx_tok *t;

	if (j < 0 || j >= d->text.ntoks)
		return 0;
	t = &d->text.toks[j];
	if (t->type != TK_WORD || !(t->flags & TF_CAP))
		return 0;
	if (d->tokperson[j] >= 0)
		return 1;
	/* "Доминика": a given name that names a state too is left to the persons' pass */
	if (dx_span_kind_at(d, j) != LK_NONE && dx_span_kind_at(d, j) != LK_GIVEN &&
		dx_span_kind_at(d, j) != LK_SURNAME && dx_span_kind_at(d, j) != LK_PERSON)
		return 0;
	return dx_tok_entry_kind(d, j, LK_GIVEN) >= 0 || name_starts(d, j);
}

/*
 * "республиканец", "социалистом", "демократу": a lower-case noun naming a
 * person, which the lexicon gives no office, in the singular of case gcase
 * (DX_UNK: the nominative, instrumental or dative).  Before a name it
 * stands in apposition, describing the person ("сенатор республиканец Иван
 * Петров"), not among the office's words.  Never one the dictionary reads
 * in the genitive: "помощник республиканца Ивана Петрова" is the aide of one.
 */
/* the dictionary's grammeme of case gcase (DX_NOM ...), 0 for DX_UNK */
static uint64_t
case_gram(int gcase)
{
	return gcase == DX_NOM ? DX_G(nomn) : gcase == DX_GEN ? DX_G(gent) : gcase == DX_DAT ? DX_G(datv) :
		gcase == DX_ACC ? DX_G(accs) : gcase == DX_INS ? DX_G(ablt) : gcase == DX_PREP ? DX_G(loct) : 0;
}

/*
 * The cases a noun describing the person before a name may stand in after
 * an office in case gcase: that case (not the genitive or accusative, where
 * it reads as the office's own complement); DX_UNK: the nominative,
 * instrumental or dative.
 */
static uint64_t
describer_cases(int gcase)
{
	return gcase == DX_UNK ? (DX_G(nomn) | DX_G(ablt) | DX_G(datv)) :
		gcase == DX_GEN || gcase == DX_ACC ? 0 : case_gram(gcase);
}

static int
describing_noun(const dx_doc *d, int j, int gcase)
{
	const dx_tok *t = &d->text.toks[j];
	uint64_t	cases = describer_cases(gcase);
	uint64_t	c;

	if (cases == 0 || t->type != TK_WORD || (t->flags & TF_CAP) || t->nchars < 4 ||
		dx_span_kind_at(d, j) != LK_NONE || dx_function_word(t->low) || verb_only(d, j) ||
		tok_may_be(d, j, DX_G(NOUN) | DX_G(gent)))
		return 0;
	for (c = cases; c; c &= c - 1)
		if (tok_may_be(d, j, DX_G(NOUN) | DX_G(anim) | DX_G(sing) | (c & -c)))
			return 1;
	return 0;
}

/*
 * "адмиралы", "генерал-полковники", "господа", "академики": a lower-case
 * noun of persons in the plural, in case gcase (DX_UNK: the nominative,
 * instrumental or dative) and never the genitive, which the lexicon gives
 * no office, at token j, alone or after a prefix joined by a hyphen: the
 * ranks or titles the names after a plural office share.  Returns the token
 * after it, or j.
 */
static int
describing_plural(const dx_doc *d, int j, int gcase)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				h = j;
	uint64_t	cases = describer_cases(gcase);
	uint64_t	c;

	if (j + 1 >= n || cases == 0 || toks[j].type != TK_WORD || (toks[j].flags & TF_CAP) ||
		dx_span_kind_at(d, j) != LK_NONE)
		return j;
	/* "генерал-полковники": the noun after the hyphen */
	if (j + 3 < n && toks[j + 1].type == TK_HYPHEN && !(toks[j + 1].flags & TF_SPACE) &&
		toks[j + 2].type == TK_WORD && !(toks[j + 2].flags & TF_CAP) && !(toks[j + 2].flags & TF_SPACE))
		h = j + 2;
	if (dx_span_kind_at(d, h) != LK_NONE || dx_function_word(toks[h].low) || tok_may_be(d, h, DX_G(NOUN) | DX_G(gent)) ||
		!known_to_dictionary(d, h))
		return j;
	for (c = cases; c; c &= c - 1)
		if (tok_may_be(d, h, DX_G(NOUN) | DX_G(anim) | DX_G(plur) | (c & -c)))
			return h + 1;
	return j;
}

/*
 * "министр обороны 65-летний Иван Петров", "сенатор республиканец Иван
 * Петров", "с министром финансов 45-летним экономистом Иваном Петровым":
 * an age, a noun describing the person in the office's case gcase, or both,
 * between an office's words ending at token j and the name or a rank before
 * it ("65-летний генерал Иван Петров").  Returns where the name or the rank
 * starts, or j.
 */
static int
describer_end(const dx_doc *d, int j, int gcase)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				q = past_age(d, j);

	/*
	 * the age agrees with the office: "назначила министром 44-летнего
	 * Доминика Рааба" names the one appointed, its object
	 */
	if (q > j && gcase != DX_UNK && !tok_may_be(d, q - 1, DX_G(ADJF) | case_gram(gcase)))
		q = j;
	if (q < n && describing_noun(d, q, gcase))
		q++;
	if (q == j || q >= n || toks[q].sent != toks[j].sent)
		return j;
	if (rank_word(d, q) || name_begins(d, q))
		return q;
	return j;
}

/*
 * "Премьер назначила новым министром 44-летнего Ивана Петрова", "Парламент
 * избрал спикером во вторник Ивана Петрова": after an office in the
 * instrumental that follows an active verb of appointing (class
 * appoint_verb; adjectives of the office and an adverbial of time between
 * them), an adverbial of time (past_time_adverbial) and an age in the
 * accusative before the name are the object's, the one appointed, though the
 * age does not agree with the office as describer_end asks.  j is where the
 * office's words end; returns where the name starts, or j.
 */
static int
appointed_object_end(const dx_doc *d, const dx_span *s, int j)
{
	const dx_tok *toks = d->text.toks;
	int			a = past_time_adverbial(d, j),
				q = past_age(d, a),
				k = s->t0 - 1;

	if (q == j || q >= d->text.ntoks || toks[q].sent != toks[j].sent || !name_begins(d, q) ||
		(q > a && !tok_may_be(d, q - 1, DX_G(ADJF) | DX_G(accs))) ||
		office_case(d, s, dx_entry(d, s->entry)) != DX_INS)
		return j;
	/* "новым министром", "временно исполняющим обязанности" */
	while (k >= 1 && k >= s->t0 - 2 && toks[k].type == TK_WORD && !(toks[k].flags & TF_CAP) &&
		   tok_may_be(d, k, DX_G(ADJF) | DX_G(ablt)))
		k--;
	k = before_time_adverbial(d, k);
	return k >= 0 && toks[k].sent == toks[j].sent && toks[k].type == TK_WORD && !(toks[k].flags & TF_CAP) &&
		dx_tok_has_cue(d, k, CUE_APPOINT_VERB) ? q : j;
}

/*
 * "Министром обороны назначили Ивана Петрова", "Председателем комитета
 * парламент избрал Анну Петрову": an office in the instrumental opening its
 * sentence (adjectives before it: "Новым министром"), then an active verb
 * of appointing (class appoint_verb), a noun as its subject between them or
 * none, an adverbial of time after it, and a name that shows a case other
 * than the nominative (Ивана Петрова, not Иван Петров, the subject): the one
 * appointed.  j is where the office's words end; returns where the name
 * starts, or j.
 */
static int
fronted_office_object_end(const dx_doc *d, const dx_span *s, int j)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				k = s->t0,
				v = j,
				q;

	if (j >= n)
		return j;
	/* "Послом в Италии назначили", "Министром в среду назначили": an adverbial of place or time */
	v = past_time_adverbial(d, j);
	if (v >= n)
		return j;
	/* "парламент избрал": the verb's subject, one noun in the nominative */
	q = v + 1 < n ? past_time_adverbial(d, v + 1) : n;
	if (q < n && toks[v].type == TK_WORD && !(toks[v].flags & TF_CAP) && !dx_tok_has_cue(d, v, CUE_APPOINT_VERB) &&
		dx_tok_has_cue(d, q, CUE_APPOINT_VERB) && tok_may_be(d, v, DX_G(NOUN) | DX_G(nomn)))
		v = q;
	if (toks[v].type != TK_WORD || (toks[v].flags & TF_CAP) || !dx_tok_has_cue(d, v, CUE_APPOINT_VERB) ||
		toks[v].sent != toks[j].sent || office_case(d, s, dx_entry(d, s->entry)) != DX_INS)
		return j;
	/* "Новым министром": the adjective opening the sentence is capitalised */
	while (k >= 1 && k >= s->t0 - 2 && toks[k - 1].type == TK_WORD &&
		   (!(toks[k - 1].flags & TF_CAP) || (toks[k - 1].flags & TF_FIRST)) &&
		   toks[k - 1].sent == toks[s->t0].sent && tok_may_be(d, k - 1, DX_G(ADJF) | DX_G(ablt)))
		k--;
	/* "Новым министром": the first word of its sentence, capitalised */
	if (!(toks[k].flags & TF_FIRST))
		return j;
	q = past_time_adverbial(d, v + 1);
	/* "назначили 44-летнего Ивана Петрова", "назначили генерала Ивана Петрова" */
	q = past_age(d, q);
	if (q + 1 < n && rank_word(d, q) && tok_may_be(d, q, DX_G(accs)))
		q++;
	if (q >= n || toks[q].sent != toks[j].sent || !name_begins(d, q) ||
		!tok_may_be(d, q, DX_G(accs)) || tok_may_be(d, q, DX_G(nomn)))
		return j;
	return past_age(d, past_time_adverbial(d, v + 1));
}

static int	honorific_end(const dx_doc *d, int j);
static int	title_end(const dx_doc *d, int j);

/*
 * "доктора наук Ивана Петрова", "академиком РАН Иваном Петровым", "генерал
 * армии Иван Петров": a title or a rank at token q, in any case, with up to
 * two words of its field, service or body, and a name after them.  Returns
 * where the name starts, or q.
 */
static int
title_phrase_end(const dx_doc *d, int q)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				k = title_end(d, q),
				w;

	if (k == q)
		return q;
	for (w = 0; w < 2 && k < n && toks[k].type == TK_WORD && toks[k].sent == toks[q].sent && !name_begins(d, k) &&
		 ((toks[k].flags & TF_ALLCAPS) ||
		  (!(toks[k].flags & TF_CAP) && !dx_function_word(toks[k].low) && !verb_only(d, k) &&
		   !dx_verb_form(&toks[k]))); w++)
		k++;
	return k < n && toks[k].sent == toks[q].sent && name_begins(d, k) ? k : q;
}

/*
 * Where a person's name starts from token q, right there or past what
 * describes the person (describer_end, a form of address, a rank or a title
 * with its service or body: "генерал армии", "доктор наук", "академик
 * РАН"); q when no name does.  person_follows: does one, in a case that
 * may be the holder's of an office in case gcase?
 */
static int
holder_start(const dx_doc *d, int q, int gcase)
{
	int			k;

	if (q >= d->text.ntoks || name_begins(d, q))
		return q;
	k = describer_end(d, q, gcase);
	if (k > q && !name_begins(d, k))
		k = title_phrase_end(d, k);
	if (k == q)
		k = honorific_end(d, q);
	if (k == q)
		k = title_phrase_end(d, q);
	return k > q && name_begins(d, k) ? k : q;
}

static int
person_follows(const dx_doc *d, int q, int gcase)
{
	int			k = holder_start(d, q, gcase);

	if (q >= d->text.ntoks || (k == q && !name_begins(d, q)))
		return 0;
	/* "посол Андорры в Москве г-ну Ивану Петрову вручил": a name in another case is not the holder */
	return !(gcase == DX_NOM && given_oblique(d, k));
}

/*
 * "назначен экс-министр транспорта Иван Петров", "пост занял бывший
 * генеральный прокурор Иван Петров": the office the person held before,
 * between a verb that gives a post (at token j) and the name.  k is where it
 * would start; returns where the name starts after it, or k.
 */
static int
past_former_office(const dx_doc *d, int k, int j)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks;

	if (k + 1 < n && dx_tok_has_cue(d, k, CUE_FORMER))
	{
		int			q = k + 1;

		if (q + 1 < n && toks[q].type == TK_HYPHEN)
			q++;
		if (q < n && dx_span_kind_at(d, q) == LK_OFFICE && d->spans[d->tokspan[q]].t0 == q)
		{
			const char *c = NULL;
			int			cend = -1,
						e = office_complement(d, d->spans[d->tokspan[q]].t1, 0, &c, &cend);

			if (cend > e)
				e = cend;
			if (e < n && (toks[e].flags & TF_CAP) && toks[e].sent == toks[j].sent)
				k = e;
		}
	}
	return k;
}

/*
 * "занял дипломат Иван Петров", "назначен юрист Анна Белова": a one-word
 * office of the lexicon, in the nominative, right before the name after a
 * verb that gives a post, describes the person (most are professions:
 * дипломат, адвокат, эксперт); the post given is the role.  Returns the
 * token after it when a name follows, or k.
 */
static int	title_end(const dx_doc *d, int j);

static int
past_description_office(const dx_doc *d, int k, int j)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks;

	int			q = k;

	if (k + 1 >= n || toks[k].sent != toks[j].sent)
		return k;
	if (description_office(d, k) || party_member_end(d, k) > k)
		q = k + 1;
	/* "вице-премьер": an office of words joined by hyphens, in the nominative */
	else if (toks[k].type == TK_WORD && !(toks[k].flags & TF_CAP) && dx_span_kind_at(d, k) == LK_OFFICE &&
			 d->spans[d->tokspan[k]].t0 == k && d->spans[d->tokspan[k]].t1 == k + 3 &&
			 toks[k + 1].type == TK_HYPHEN && office_case(d, &d->spans[d->tokspan[k]], dx_entry(d, d->spans[d->tokspan[k]].entry)) == DX_NOM)
		q = k + 3;
	/* "генерал", "генерал-майор", "академик": a rank or a title */
	else if (title_end(d, k) > k)
		q = title_end(d, k);
	if (q > k && q < n && toks[q].type == TK_WORD && (toks[q].flags & TF_CAP) && toks[q].sent == toks[j].sent &&
		(d->tokperson[q] >= 0 || dx_tok_entry_kind(d, q, LK_GIVEN) >= 0))
		return q;
	return k;
}

/*
 * "назначен Доминик Рааб", "назначен 44-летний Доминик Рааб": a short
 * participle at token j, an age, and the capitalised name the office is
 * given to.  Returns where the name starts, or j when there is none.
 */
static int
appointed_name(const dx_doc *d, int j)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				p = past_time_adverbial(d, j),	/* "в 2020 году был назначен" */
				p0 = p,
				k;

	/*
	 * "сегодня был назначен", "будет назначен": an adverb and a link verb or
	 * the future of быть before the participle
	 */
	while (p < n && p < p0 + 3 && toks[p].type == TK_WORD && !(toks[p].flags & TF_CAP) &&
		   !short_participle(&toks[p]) &&
		   (dx_tok_has_cue(d, p, CUE_LINK_VERB) ||
			((dx_tok_gram(d, p) & GR_AUX) && dx_tok_has_cue(d, p, CUE_FUTURE)) ||
			(dx_morph_first_gram(d->lex, d->text.src + toks[p].b0, (size_t) (toks[p].b1 - toks[p].b0)) & DX_G(ADVB))))
		p++;
	/* "с помощником Байдена Салливаном": a form of a surname the lexicon knows is none */
	if (p >= n || !short_participle(&toks[p]) || toks[p].sent != toks[j].sent ||
		((toks[p].flags & TF_CAP) && dx_span_kind_at(d, p) == LK_SURNAME))
		return j;
	/* "был назначен вчера Валентин Сидоров" */
	k = past_description_office(d, past_former_office(d, past_age(d, past_time_adverbial(d, p + 1)), j), j);
	return k < n && (toks[k].flags & TF_CAP) && toks[k].sent == toks[j].sent ? k : j;
}

/*
 * The office span joined by и to an office whose words end at token end:
 * "премьер-министр и министр иностранных дел", "посол в Венгрии и
 * представитель в Дунайской комиссии"; NULL when none.
 */
static const dx_span *
chained_office(const dx_doc *d, int end)
{
	const dx_span *b;

	if (end + 1 >= d->text.ntoks || d->tokspan[end + 1] < 0 || !(dx_tok_gram(d, end) & GR_AND))
		return NULL;
	b = &d->spans[d->tokspan[end + 1]];
	if (b->kind != LK_OFFICE || b->t0 != end + 1 || office_plural(d, b))
		return NULL;
	return b;
}

/*
 * The office span after a comma at token end, past an adjective or two
 * ("министр обороны, народный депутат"); NULL when none.
 */
static const dx_span *
office_after_comma(const dx_doc *d, int end)
{
	int			j = end + 1;

	if (end >= d->text.ntoks || !dx_tok_punct(&d->text.toks[end], ','))
		return NULL;
	while (j < d->text.ntoks && j <= end + 2 && d->tokspan[j] < 0 && d->text.toks[j].type == TK_WORD &&
		   !(d->text.toks[j].flags & TF_CAP) && dx_adjective_form(&d->text.toks[j]))
		j++;
	if (j >= d->text.ntoks || d->tokspan[j] < 0 || d->spans[d->tokspan[j]].kind != LK_OFFICE ||
		d->spans[d->tokspan[j]].t0 != j || d->text.toks[j].sent != d->text.toks[end].sent)
		return NULL;
	return &d->spans[d->tokspan[j]];
}

/*
 * The role of an office without words of its own.  An office that says
 * nothing alone (лидер) takes its class name (президент) only from a state
 * ("лидер Казахстана", "французский лидер"); with a body that goes, or
 * with none ("её лидер"), it stays as written.
 */
static const char *
plain_office(dx_doc *d, const lex_entry *oe, const char *country, int body)
{
	if ((country == NULL || body) && dx_str_has_cue(d->lex, oe->term, CUE_OFFICE_GENERIC))
		return oe->term;
	return oe->name;
}

/*
 * Do two capitalised words the lexicon does not know, or a surname it knows
 * second, start at token j, and not a third one after them: a name.
 */
static int
name_starts(const dx_doc *d, int j)
{
	return j + 2 < d->text.ntoks && dx_is_cap_word(d, j) && dx_is_cap_word(d, j + 1) &&
		!dx_is_cap_word(d, j + 2) && dx_span_kind_at(d, j) == LK_NONE &&
		(dx_span_kind_at(d, j + 1) == LK_NONE || dx_span_kind_at(d, j + 1) == LK_SURNAME);
}

/*
 * "губернатор Техаса Эбботт заявил", "с мэром Парижа Идальго": one
 * capitalised word at token q, which no other capitalised word goes on,
 * that the lexicon knows as a surname, or the dictionary reads as one (and
 * as no given name or place), or knows not at all (its readings all
 * guessed from the ending; with known_only, only the lexicon's or the
 * dictionary's surnames, of a place's name too): the holder
 * named by surname alone after the place of the office.
 */
static int
surname_alone_at(const dx_doc *d, int q, int known_only)
{
	const dx_tok *t = d->text.toks;
	dx_ocparse	p[16];
	int			n,
				k;

	if (q + 1 >= d->text.ntoks || !dx_is_cap_word(d, q) || !(t[q].flags & TF_CYR) ||
		(t[q].flags & TF_ALLCAPS) || !(t[q].flags & TF_SPACE) || t[q + 1].sent != t[q].sent ||
		dx_is_cap_word(d, q + 1) || t[q + 1].type == TK_HYPHEN || dx_tok_entry_kind(d, q, LK_GIVEN) >= 0)
		return 0;
	if (d->tokperson[q] >= 0 ||
		(dx_span_kind_at(d, q) == LK_SURNAME && d->spans[d->tokspan[q]].t1 == q + 1))
		return 1;
	if (dx_span_kind_at(d, q) != LK_NONE)
		return 0;
	/* "Главный конструктор Петров": a surname the dictionary knows, a town's name too */
	if (known_only)
		return tok_may_be(d, q, DX_G(Surn)) && !tok_may_be(d, q, DX_G(Name));
	n = dx_morph_analyse(d->lex, d->text.src + t[q].b0, (size_t) (t[q].b1 - t[q].b0), p, 16);
	for (k = 0; k < n; k++)
		if (!p[k].predicted)
			return tok_may_be(d, q, DX_G(Surn)) && !tok_may_be(d, q, DX_G(Name)) &&
				!tok_may_be(d, q, DX_G(Geox));
	return 1;
}

/*
 * "Пост министра финансов в новом правительстве занял", "место спикера в
 * новом Конгрессе занял": a phrase of place or time of three words at most
 * after «в» or «на» at token j, before a verb of holding a post.  Returns
 * the verb's token, or j when there is no such phrase.
 */
static int
phrase_before_holding_verb(const dx_doc *d, int j)
{
	const dx_tok *toks = d->text.toks;
	int			k;

	if (j + 2 >= d->text.ntoks || !(dx_tok_gram(d, j) & (GR_P_V | GR_P_NA)))
		return j;
	for (k = j + 1; k < d->text.ntoks && k <= j + 4 && toks[k].type == TK_WORD && toks[k].sent == toks[j].sent; k++)
	{
		if (k > j + 1 && !(toks[k].flags & TF_CAP) && dx_tok_has_cue(d, k, CUE_HOLDS_POST))
			return k;
		if (d->tokperson[k] >= 0 || dx_tok_entry_kind(d, k, LK_GIVEN) >= 0 || dx_function_word(toks[k].low) ||
			dx_verb_form(&toks[k]) || verb_like(&toks[k]))
			return j;
	}
	return j;
}

/*
 * "Пост министра обороны занял генерал Иван Петров", "Председателем
 * комиссии стал Павел Орлов": an office opening its clause as the
 * complement of a verb of holding or taking a post, the name after the verb
 * its subject (news puts the new holder last).  The office is in the
 * instrumental, or in the genitive after a post noun in the accusative;
 * only adjectives (новым, временным) stand before it in the clause.  A post
 * left or held once (покинул, был, занимал) is no verb of the class.  j is
 * where the office's words end; returns where the name (or an age or rank
 * before it) starts, or j when there is none.
 */
static int
name_after_holding_verb(const dx_doc *d, const dx_span *s, int j)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				b = s->t0 - 1,
				p = j,
				k,
				q,
				gcase = office_case(d, s, dx_entry(d, s->entry));

	while (b >= 0 && b >= s->t0 - 2 && toks[b].type == TK_WORD && toks[b].sent == toks[s->t0].sent &&
		   (d->tokspan[b] < 0 || dx_span_kind_at(d, b) == LK_COUNTRY_ADJ) && dx_adjective_form(&toks[b]))
		b--;
	if (gcase == DX_GEN && b >= 0 && toks[b].sent == toks[s->t0].sent && dx_tok_has_cue(d, b, CUE_POST_NOUN) &&
		tok_may_be(d, b, DX_G(NOUN) | DX_G(accs) | DX_G(sing)))
	{
		b--;
		/* "В должность губернатора вступил X" */
		if (b >= 0 && (dx_tok_gram(d, b) & GR_P_V) && toks[b].sent == toks[s->t0].sent)
			b--;
	}
	else if (gcase != DX_INS)
		return j;
	/* the clause opens with the office: at the sentence's start, after a comma or a conjunction */
	if (b >= 0 && toks[b].sent == toks[s->t0].sent && !dx_tok_punct(&toks[b], ',') &&
		!(dx_tok_gram(d, b) & (GR_AND | GR_CONJ)))
		return j;
	p = phrase_before_holding_verb(d, j);
	/* "стал вчера": an adverb before the verb */
	while (p < n && p < j + 2 && toks[p].type == TK_WORD && !(toks[p].flags & TF_CAP) &&
		   !dx_tok_has_cue(d, p, CUE_HOLDS_POST) && (dx_morph_first_gram(d->lex, d->text.src + toks[p].b0,
																	   (size_t) (toks[p].b1 - toks[p].b0)) & DX_G(ADVB)))
		p++;
	if (p + 1 >= n || toks[p].type != TK_WORD || (toks[p].flags & TF_CAP) || !dx_tok_has_cue(d, p, CUE_HOLDS_POST) ||
		toks[p].sent != toks[j > 0 ? j - 1 : 0].sent)
		return j;
	k = past_age(d, p + 1);
	for (q = k; q < n && (rank_word(d, q) || (toks[q].type == TK_HYPHEN && q > k && rank_word(d, q - 1))); q++)
		;
	if (q == k)
	{
		/*
		 * "занял республиканец Джон Бенер", "стал опытный дипломат Иван
		 * Петров": up to two words in the nominative describing the subject
		 */
		int			w = q;

		while (w < n && w < q + 2 && toks[w].type == TK_WORD && !(toks[w].flags & TF_CAP) &&
			   toks[w].sent == toks[p].sent &&
			   /* "стал дипломат Иван Петров": a profession of the lexicon, the post taken the role */
			   (dx_span_kind_at(d, w) == LK_NONE || description_office(d, w)) &&
			   !dx_function_word(toks[w].low) && !verb_only(d, w) && !dx_verb_form(&toks[w]) &&
			   (tok_may_be(d, w, DX_G(NOUN) | DX_G(nomn)) || tok_may_be(d, w, DX_G(ADJF) | DX_G(nomn))))
			w++;
		if (w > q && w < n && toks[w].type == TK_WORD && toks[w].sent == toks[p].sent && (toks[w].flags & TF_CAP) &&
			(d->tokperson[w] >= 0 || dx_tok_entry_kind(d, w, LK_GIVEN) >= 0))
			return w;
	}
	return q < n && (toks[q].flags & TF_CAP) && toks[q].type == TK_WORD && toks[q].sent == toks[p].sent ? k : j;
}

/*
 * Is token j a title or a rank describing a person (академик, профессор,
 * генерал), alone or with a word joined by a hyphen ("член-корреспондент",
 * "генерал-майор", "контр-адмирал")?  Returns the token after it, or j.
 */
static int
title_end(const dx_doc *d, int j)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks;

	if (j >= n || toks[j].type != TK_WORD || (toks[j].flags & TF_CAP))
		return j;
	if (j + 2 < n && toks[j + 1].type == TK_HYPHEN && !(toks[j + 1].flags & TF_SPACE) &&
		!(toks[j + 2].flags & TF_SPACE) && toks[j + 2].type == TK_WORD &&
		(dx_tok_has_cue(d, j, CUE_TITLE) || rank_word(d, j) || rank_word(d, j + 2)))
		return rank_word(d, j) || rank_word(d, j + 2) ? rank_status_end(d, j + 3) : j + 3;
	if (dx_tok_has_cue(d, j, CUE_TITLE) || rank_word(d, j))
		return rank_word(d, j) ? rank_status_end(d, j + 1) : j + 1;
	return j;
}

/*
 * "спикер республиканец Джон Бонер", "губернатором единоросса Андрея
 * Воробьёва": a member of a party (class party_member, a noun of a person)
 * at token j, before a capitalised word of its sentence that is a name,
 * describes the person after it and is no office's word.  Returns where
 * the name starts, or j.
 */
static int
party_member_end(const dx_doc *d, int j)
{
	const dx_tok *toks = d->text.toks;

	if (j + 1 >= d->text.ntoks || toks[j].type != TK_WORD || (toks[j].flags & TF_CAP) ||
		!dx_tok_has_cue(d, j, CUE_PARTY_MEMBER) || !tok_may_be(d, j, DX_G(NOUN) | DX_G(anim) | DX_G(sing)) ||
		toks[j + 1].type != TK_WORD || !(toks[j + 1].flags & TF_CAP) || toks[j + 1].sent != toks[j].sent ||
		(d->tokperson[j + 1] < 0 && dx_tok_entry_kind(d, j + 1, LK_GIVEN) < 0))
		return j;
	return j + 1;
}

/*
 * "министр иностранных дел господин Иван Петров", "посол г-жа Петрова",
 * "эмир Катара шейх Тамим": a form of address or an honorific (class
 * honorific; one written with a hyphen, г-н, looked up without it) at token
 * j, before a capitalised word of its sentence, is no office of the name
 * after it; so is one the persons' pass reads in its cases (dx_after_honorific:
 * г-ну, с госпожой).  The one place the office passes skip a form of
 * address.  Returns where the name starts, or j.
 */
static int
honorific_end(const dx_doc *d, int j)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				q = j;

	if (j >= n || toks[j].type != TK_WORD || (toks[j].flags & TF_CAP))
		return j;
	if (j + 2 < n && toks[j + 1].type == TK_HYPHEN && !(toks[j + 1].flags & TF_SPACE) &&
		!(toks[j + 2].flags & TF_SPACE) && toks[j + 2].type == TK_WORD)
	{
		char		joined[32];

		if (strlen(toks[j].low) + strlen(toks[j + 2].low) < sizeof(joined))
		{
			strcpy(joined, toks[j].low);
			strcat(joined, toks[j + 2].low);
			if (dx_str_has_cue(d->lex, joined, CUE_HONORIFIC))
				q = j + 3;
		}
	}
	else if (dx_tok_has_cue(d, j, CUE_HONORIFIC))
		q = j + 1;
	if (q > j && q < n && toks[q].type == TK_WORD && (toks[q].flags & TF_CAP) && toks[q].sent == toks[j].sent)
		return q;
	/* a form of address the persons' pass reads in its cases: "министру г-ну Сидорову" */
	return dx_after_honorific(d, j);
}

/*
 * "директор института, член-корреспондент РАН Мария Соколова", "начальник
 * штаба, генерал-майор Игорь Лапин", "ректор, доктор экономических наук
 * Анна Белова": a title or rank after the office's words and a comma, with
 * the body or field it is of, describes the person named after it; the
 * office is the role.  So does a title after и ("профессор кафедры и
 * член-корреспондент РАН Мария Соколова") or with no comma ("директор института
 * академик РАН Мария Соколова"); a rank with none is read with the office
 * (rank_word).  The words end at token end; returns where the name starts,
 * or end when there is none.
 */
static int	body_word(const dx_doc *d, int q);
static int	noun_only(const dx_doc *d, int j);

static int
described_name(const dx_doc *d, int end)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				q,
				words = 0,
				comma;

	if (end + 2 >= n)
		return end;
	/* "профессор кафедры и член-корреспондент РАН Иван Петров": и as a comma */
	comma = dx_tok_punct(&toks[end], ',') || (toks[end].type == TK_WORD && (dx_tok_gram(d, end) & GR_AND));
	q = title_end(d, end + comma);
	if (q == end + comma && comma)
	{
		/*
		 * "министр финансов, экономист Иван Петров", "глава МИД, 60-летний
		 * дипломат Иван Петров": an age and adjectives, then a profession
		 */
		int			p = past_age(d, end + 1);

		while (p < n && p <= end + 3 && toks[p].type == TK_WORD && !(toks[p].flags & TF_CAP) &&
			   dx_span_kind_at(d, p) == LK_NONE && dx_adjective_form(&toks[p]) && !noun_only(d, p))
			p++;
		if (p + 1 < n && toks[p].type == TK_WORD && !(toks[p].flags & TF_CAP) &&
			(dx_tok_has_cue(d, p, CUE_PROFESSION) ||
			 /* "министр финансов, республиканец Иван Петров" */
			 (describing_noun(d, p, DX_NOM) && !given_oblique(d, p + 1)) ||
			 /*
			  * "заместитель и потенциальный преемник Пьер Дюбуа": a person's
			  * noun in the nominative after an adjective, of the masculine the
			  * offices take ("Президент и первая леди Мишель Обама": two people)
			  */
			 (p > end + 1 && dx_span_kind_at(d, p) == LK_NONE &&
			  tok_may_be(d, p, DX_G(NOUN) | DX_G(nomn) | DX_G(anim) | DX_G(sing) | DX_G(masc)))) &&
			(toks[p + 1].flags & TF_CAP) &&
			toks[p + 1].sent == toks[end].sent &&
			(d->tokperson[p + 1] >= 0 || dx_tok_entry_kind(d, p + 1, LK_GIVEN) >= 0 || name_starts(d, p + 1)))
			return p + 1;
	}
	if (q == end + comma || (!comma && !title_nominative(d, end)))
		return end;
	/* the body or field: "РАН", "экономических наук", "юстиции", "Академии наук" */
	while (q < n && words < 4 && toks[q].sent == toks[end].sent)
	{
		int			kk = dx_span_kind_at(d, q);

		if ((kk == LK_ORG || kk == LK_ORG_HEAD) && d->spans[d->tokspan[q]].t0 == q)
			q = d->spans[d->tokspan[q]].t1;
		else if (toks[q].type == TK_WORD && (toks[q].flags & TF_ALLCAPS) && kk == LK_NONE)
			q++;
		else if (toks[q].type == TK_WORD && !(toks[q].flags & TF_CAP) && kk == LK_NONE &&
				 (dx_genitive_form(&toks[q]) || body_word(d, q)) && !dx_function_word(toks[q].low) && !dx_verb_form(&toks[q]) &&
				 !verb_like(&toks[q]) && !short_participle(&toks[q]))
			q++;
		else
			break;
		words++;
	}
	if (q < n && toks[q].type == TK_WORD && (toks[q].flags & TF_CAP) && toks[q].sent == toks[end].sent &&
		(d->tokperson[q] >= 0 || dx_tok_entry_kind(d, q, LK_GIVEN) >= 0 || name_starts(d, q)))
		return q;
	return end;
}

/*
 * "глава Минсельхоза", "руководитель министерства обороны": an office that
 * says nothing alone (глава, руководитель) whose words [c0, c1) are a body
 * the lexicon gives the office of its head (министр сельского хозяйства)
 * names that office.  NULL when the words are anything else.
 */
static const char *
head_of_body_office(const dx_doc *d, const lex_entry *oe, int c0, int c1)
{
	const dx_span *b;
	const lex_entry *be;

	if (c0 >= c1 || d->tokspan[c0] < 0 || !dx_str_has_cue(d->lex, oe->term, CUE_OFFICE_GENERIC))
		return NULL;
	b = &d->spans[d->tokspan[c0]];
	if (b->kind != LK_ORG_HEAD || b->t0 != c0 || b->t1 != c1)
		return NULL;
	be = dx_entry(d, b->entry);
	return be->role;
}

/*
 * "двух стран", "обеих сторон", "трёх государств": a number (a numeral word
 * or a figure) at token j and a word of class party_noun in the genitive
 * plural after it
 */
static int
number_of_states(const dx_doc *d, int j)
{
	const dx_tok *toks = d->text.toks;

	return j + 1 < d->text.ntoks && toks[j + 1].sent == toks[j].sent &&
		(toks[j].type == TK_NUM || (toks[j].type == TK_WORD && !(toks[j].flags & TF_CAP) &&
									tok_may_be(d, j, DX_G(NUMR)))) &&
		toks[j + 1].type == TK_WORD && dx_tok_has_cue(d, j + 1, CUE_PARTY_NOUN) &&
		tok_may_be(d, j + 1, DX_G(NOUN) | DX_G(gent) | DX_G(plur));
}

/* is token j a form of a generic noun of a place, of class geo_noun (провинции, штата)? */
static int
geo_noun_word(const dx_doc *d, int j)
{
	const dx_tok *t = &d->text.toks[j];
	char		nom[64];

	return t->type == TK_WORD && !(t->flags & TF_CAP) &&
		dx_morph_nominative(d->lex, t->low, strlen(t->low), DX_G(NOUN), nom, sizeof(nom)) > 0 &&
		dx_str_has_cue(d->lex, nom, CUE_GEO_NOUN);
}

/*
 * "секретарь компании Nord Stream 2 AG, занимающейся реализацией проекта,
 * Йенс Мюллер": a participle's clause set off by commas after an office's
 * words (the comma at token end), of up to ten words with no verb, quote or
 * other punctuation, and a name after its closing comma: the name is the
 * holder's, when the office at span s is in the nominative (not "по словам
 * министра, занимавшегося этим, Иван Петров уехал").  Returns where the
 * name starts, or end.
 */
static int
participle_clause_name(const dx_doc *d, const dx_span *s, int end)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				q;

	if (end + 3 >= n || !dx_tok_punct(&toks[end], ',') || toks[end + 1].type != TK_WORD ||
		(toks[end + 1].flags & TF_CAP) || dx_span_kind_at(d, end + 1) != LK_NONE ||
		!tok_may_be(d, end + 1, DX_G(PRTF)) || tok_may_be(d, end + 1, DX_G(NOUN)) ||
		office_case(d, s, dx_entry(d, s->entry)) != DX_NOM)
		return end;
	for (q = end + 2; q < n && q <= end + 11 && toks[q].sent == toks[end].sent; q++)
	{
		if (dx_tok_punct(&toks[q], ','))
			break;
		if (toks[q].type == TK_PUNCT || toks[q].type == TK_DASH || toks[q].type == TK_QUOTE ||
			(toks[q].type == TK_WORD && (dx_verb_form(&toks[q]) || (dx_tok_gram(d, q) & (GR_WHICH | GR_CONJ)))) ||
			d->tokperson[q] >= 0)
			return end;
	}
	if (q + 1 >= n || !dx_tok_punct(&toks[q], ',') || toks[q + 1].sent != toks[end].sent ||
		toks[q + 1].type != TK_WORD || !(toks[q + 1].flags & TF_CAP) ||
		(d->tokperson[q + 1] < 0 && dx_tok_entry_kind(d, q + 1, LK_GIVEN) < 0 && !name_starts(d, q + 1)))
		return end;
	return q + 1;
}

/*
 * "командующий ВВС Андорры академик Иван Петров", "командующий ВВС,
 * полковник Пётр Сидоров": an abbreviation at token j after an office's
 * words, and its state, before the name or what describes the person, or
 * before a comma and a description (described_name).  Returns where the
 * abbreviation and its state end, or j.
 */
static int
abbreviation_before_person(const dx_doc *d, const dx_span *s, const lex_entry *oe, int j)
{
	int			q = j + 1;

	if (q < d->text.ntoks && dx_span_kind_at(d, q) == LK_COUNTRY && d->spans[d->tokspan[q]].t0 == q)
		q = d->spans[d->tokspan[q]].t1;
	if (q >= d->text.ntoks || d->text.toks[q].sent != d->text.toks[j].sent)
		return j;
	if ((q > j + 1 && person_follows(d, q, office_case(d, s, oe))) ||
		(dx_tok_punct(&d->text.toks[q], ',') &&
		 (described_name(d, q) > q ||
		  /* "с командующим ВВС, 65-летним Петром Сидоровым": an age, as holder_after reads it */
		  (q + 1 < d->text.ntoks && describer_end(d, q + 1, office_case(d, s, oe)) > q + 1))))
		return q;
	return j;
}

/*
 * An office of the lexicon whose own words end in a topic with по
 * ("уполномоченный по правам человека"): a post in a place may follow it
 * as it follows an office's body ("уполномоченный по правам человека в
 * Тверской области Ирина Лаптева")
 */
static int
topic_office(dx_doc *d, const dx_span *s)
{
	int			k;

	for (k = s->t0 + 1; k + 1 < s->t1; k++)
		if (dx_tok_gram(d, k) & GR_P_PO)
			return 1;
	return 0;
}

/*
 * The role an office span names, with the state it belongs to in *country
 * and the token where the phrase ends (where the name should start) in *end.
 * The role keeps the words the text adds before the name ("министр по делам
 * религии Пакистана", "генеральный секретарь НАТО"), with the office's head
 * as written; the state goes to the country, and a post after it ("посол
 * Японии в России") is skipped.
 */
static const char *
office_role(dx_doc *d, const dx_span *s, int after_name, const char **country, int *end)
{
	const lex_entry *oe = dx_entry(d, s->entry);
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks;
	int			c0 = s->t1,
				c1 = s->t1,
				possessed,
				skip_from,
				body = 0,
				t0b = 0,
				t1b = 0;

	*country = office_country(d, s, end);
	if (*end == s->t1)
	{
		const char *c = NULL;
		int			cend = -1;

		c1 = office_complement(d, s->t1, s->t1 - s->t0 > 1, &c, &cend);
		if (c)
			*country = c;
		*end = cend >= 0 ? cend : c1;
	}
	possessed = *end;
	/*
	 * "советник президента США Дональда Трампа по национальной
	 * безопасности Джон Болтон": the holder of the office governed, in the
	 * genitive, between the state and the topic
	 */
	if (*end > s->t1 && *end + 1 < n &&
		(governed_office(d, s->t1) ||
		 /* "помощник президента": an office of the lexicon ending in one governed */
		 (s->t1 - s->t0 >= 2 && dx_tok_entry_kind(d, s->t1 - 1, LK_OFFICE) >= 0 &&
		  dx_genitive_form(&toks[s->t1 - 1]))))
	{
		int			q = *end;

		/* a person found, or a given name in the genitive and a word after it not yet */
		if (d->tokperson[q] >= 0 && (given_in_genitive(d, q) || possessor(d, q, d->tokperson[q])))
		{
			while (q < n && d->tokperson[q] == d->tokperson[*end])
				q++;
		}
		else if (d->tokperson[q] < 0 && given_in_genitive(d, q) && dx_is_cap_word(d, q + 1) &&
				 dx_genitive_form(&toks[q + 1]))
			q += 2;
		if (q > *end && q + 1 < n && (dx_tok_gram(d, q) & GR_P_PO))
			possessed = q;
	}
	/* after the state: "заместитель министра иностранных дел Украины по вопросам европейской интеграции" */
	if (*end > s->t1 && *end < n && (c1 == s->t1 || *end > c1) && (dx_tok_gram(d, possessed) & GR_P_PO))
	{
		const char *c = NULL;
		int			cend = -1;
		int			e2 = office_complement(d, possessed, 0, &c, &cend);

		if (c == NULL && e2 > *end + 1 && e2 < n && ((toks[e2].flags & TF_CAP) || (!after_name && appointed_name(d, e2) > e2)))
		{
			/* "советник президента США по безопасности": both the words before and after the state */
			if (c1 > c0)
			{
				t0b = possessed;
				t1b = e2;
			}
			else
			{
				c0 = possessed;
				c1 = e2;
			}
			*end = e2;
		}
	}
	/*
	 * "министр иностранных дел Литвы" may be followed by an organisation
	 * too, and an office by a body's word and its state: "глава Минздрава
	 * Украины Максим Степанов"
	 */
	if (*end < n && (dx_span_kind_at(d, *end) == LK_ORG || dx_span_kind_at(d, *end) == LK_ORG_HEAD) &&
		d->spans[d->tokspan[*end]].t0 == *end)
	{
		int			head = dx_span_kind_at(d, *end) == LK_ORG_HEAD;

		/*
		 * "представитель американского Госдепартамента": the body of the
		 * state's adjective; not after a topic, where the body is the
		 * employer ("секретарь по вопросам прав человека американского
		 * министерства иностранных дел")
		 */
		if (c1 == *end && (*country == NULL || (c1 > c0 && dx_span_kind_at(d, c1 - 1) == LK_COUNTRY_ADJ &&
												 !po_topic(d, c0, c1))))
			c1 = d->spans[d->tokspan[*end]].t1;
		*end = d->spans[d->tokspan[*end]].t1;
		body = 1;
		if (head && *end < n && dx_span_kind_at(d, *end) == LK_COUNTRY && d->spans[d->tokspan[*end]].t0 == *end)
		{
			if (*country == NULL)
				*country = dx_entry(d, d->spans[d->tokspan[*end]].entry)->code;
			*end = d->spans[d->tokspan[*end]].t1;
		}
		/* "пресс-секретарь МИД страны" */
		if (*country == NULL && state_word(d, *end))
			*end += 1;
		/*
		 * "главы оборонных ведомств двух стран": a number of states (class
		 * party_noun) in the genitive plural after the bodies, before the
		 * names that share the office
		 */
		else if (*country == NULL && head && *end + 2 < n && number_of_states(d, *end))
			*end += 2;
		/* "руководитель пресс-службы президента": the office the body's post governs */
		else if (*country == NULL && governed_office(d, *end))
		{
			int			g = governed_office(d, *end)->t1;

			if (c1 == *end)
				c1 = g;
			*end = g;
		}
		/* "руководитель пресс-службы клуба" */
		else if (*country == NULL && head && unit_body_noun(d, *end))
		{
			if (c1 == *end)
				c1 = *end + 1;
			*end += 1;
		}
	}
	/*
	 * the post: "посол Японии в России", "постоянный представитель при
	 * ООН", "посол Евросоюза на Южном Кавказе"
	 */
	if (*end + 1 < n && (dx_tok_gram(d, *end) & POST_PREPS) && d->tokspan[*end + 1] >= 0 &&
		(*country || body || c1 > s->t1 || topic_office(d, s) ||
		 /* "послом в Андорре станет Иван Петров": a post in a place alone, taken */
		 (!after_name && d->spans[d->tokspan[*end + 1]].t0 == *end + 1 &&
		  name_after_holding_verb(d, s, d->spans[d->tokspan[*end + 1]].t1) > d->spans[d->tokspan[*end + 1]].t1)))
	{
		const dx_span *p = &d->spans[d->tokspan[*end + 1]];

		if (p->t0 == *end + 1 && (p->kind == LK_COUNTRY || p->kind == LK_CAPITAL || p->kind == LK_CITY ||
								  p->kind == LK_ORG || p->kind == LK_REGION) &&
			p->t1 < n && ((toks[p->t1].flags & TF_CAP) || chained_office(d, p->t1) ||
						  /* "посол Андорры в Монако академик Иван Петров" */
						  (!after_name && person_follows(d, p->t1, office_case(d, s, oe))) ||
						  /* "послом Италии в Японии назначен Марко Пеллегрини" */
						  (!after_name && appointed_name(d, p->t1) > p->t1) ||
						  (!after_name && name_after_holding_verb(d, s, p->t1) > p->t1)))
			*end = p->t1;
	}
	else if ((*country || body || c1 > s->t1) && *end + 2 < n && (dx_tok_gram(d, *end) & POST_PREPS) &&
			 dx_is_cap_word(d, *end + 1) && dx_span_kind_at(d, *end + 1) == LK_NONE &&
			 dx_tok_entry_kind(d, *end + 1, LK_GIVEN) < 0 && d->tokperson[*end + 1] < 0)
	{
		/* a body the lexicon does not know: "представитель в Дунайской комиссии Юрий Мушка" */
		int			q = *end + 2;

		while (q < n && q <= *end + 4 && toks[q].type == TK_WORD && !(toks[q].flags & TF_CAP) &&
			   dx_span_kind_at(d, q) == LK_NONE && !dx_verb_form(&toks[q]) && !verb_like(&toks[q]) &&
			   !dx_function_word(toks[q].low))
			q++;
		if (q < n && q > *end + 2 && (toks[q].flags & TF_CAP) &&
			(d->tokperson[q] >= 0 || dx_tok_entry_kind(d, q, LK_GIVEN) >= 0))
			*end = q;
	}
	if ((*country || body || c1 > s->t1) && !after_name && *end + 2 < n &&
		(dx_tok_gram(d, *end) & POST_PREPS) && post_in_common_place(d, *end) > *end &&
		/* "полпреда президента в округе": not of the office governed by another */
		!(s->t0 > 0 && dx_span_kind_at(d, s->t0 - 1) == LK_OFFICE && governed_office(d, s->t0) == s))
	{
		int			q = post_in_common_place(d, *end);

		/*
		 * "министром в правительстве Терезы Мэй": a name in the genitive
		 * after an office in another case is the place's
		 */
		if (dx_genitive_form(&d->text.toks[s->t0]) ||
			(!given_oblique(d, q) && !(d->tokperson[q] >= 0 && possessor(d, q, d->tokperson[q]))))
			*end = q;
	}
	/*
	 * "Место спикера Палаты представителей в новом Конгрессе занял Джон
	 * Бонер", "Пост министра в новом правительстве занял Иван Петров": a
	 * place of the post (в, на, при; adjectives and a noun in the
	 * prepositional case, or a place or body the lexicon knows) between an
	 * office opening its clause and the verb of taking it
	 */
	if (!after_name && *end + 2 < n && (dx_tok_gram(d, *end) & POST_PREPS))
	{
		int			q = *end + 1,
					kq;

		while (q < n && q <= *end + 2 && toks[q].type == TK_WORD && !(toks[q].flags & TF_CAP) &&
			   dx_span_kind_at(d, q) == LK_NONE && dx_adjective_form(&toks[q]) && !noun_only(d, q))
			q++;
		kq = q < n ? dx_span_kind_at(d, q) : LK_NONE;
		if (q >= n || toks[q].type != TK_WORD || toks[q].sent != toks[s->t0].sent)
			q = -1;
		else if ((kq == LK_ORG || kq == LK_ORG_HEAD || kq == LK_COUNTRY || kq == LK_CAPITAL || kq == LK_CITY ||
				  kq == LK_REGION) && d->spans[d->tokspan[q]].t0 == q)
			q = d->spans[d->tokspan[q]].t1;
		else if (kq == LK_NONE && !(toks[q].flags & TF_CAP) &&
				 (dx_morph_may_be(d->lex, toks[q].low, strlen(toks[q].low), DX_G(NOUN) | DX_G(loct)) == 1 ||
				  dx_morph_may_be(d->lex, toks[q].low, strlen(toks[q].low), DX_G(NOUN) | DX_G(loc2)) == 1))
			q++;
		else
			q = -1;
		/* "в правительстве Андорры": the state of the place */
		if (q > *end + 1 && q < n && dx_span_kind_at(d, q) == LK_COUNTRY && d->spans[d->tokspan[q]].t0 == q &&
			!(toks[q - 1].flags & TF_CAP))
			q = d->spans[d->tokspan[q]].t1;
		if (q > *end + 1 && name_after_holding_verb(d, s, q) > q)
			*end = name_after_holding_verb(d, s, q);
	}
	/*
	 * the party or group a deputy is elected from: "депутат Госдумы от
	 * фракции ЛДПР", "вице-спикер от партии «Новые люди»", "депутат от
	 * Лейбористской партии", "сенатор от штата Огайо"
	 */
	if (*end + 2 < n && (dx_tok_gram(d, *end) & GR_P_OT))
	{
		int			q = *end + 1;

		int			a = q;

		/* "от Консервативной партии": the adjectives of a party's kind */
		while (a < n && a <= q + 2 && toks[a].type == TK_WORD && dx_span_kind_at(d, a) == LK_NONE &&
			   dx_adjective_form(&toks[a]))
			a++;
		if (toks[q].type == TK_WORD && !(toks[q].flags & TF_CAP) && dx_span_kind_at(d, q) == LK_NONE)
			q++;				/* фракции, партии, штата */
		if (a > *end + 1 && a < n && toks[a].type == TK_WORD && !(toks[a].flags & TF_CAP) &&
			dx_tok_entry_kind(d, a, LK_ORG_TYPE) >= 0 && dx_genitive_form(&toks[a]))
			q = a + 1;
		else if (q < n && (dx_span_kind_at(d, q) == LK_ORG || dx_span_kind_at(d, q) == LK_REGION ||
					  dx_span_kind_at(d, q) == LK_CITY) && d->spans[d->tokspan[q]].t0 == q)
			q = d->spans[d->tokspan[q]].t1;
		else if (q < n && toks[q].type == TK_WORD && (toks[q].flags & TF_ALLCAPS))
			q++;
		else if (q < n && toks[q].type == TK_QUOTE && q + 1 < n && d->tokquoted[q + 1])
		{
			q++;
			while (q < n && d->tokquoted[q])
				q++;
			if (q < n && toks[q].type == TK_QUOTE)
				q++;
		}
		else
			q = *end;
		if (q > *end + 1 && q < n &&
			(((toks[q].flags & TF_CAP) && (d->tokperson[q] >= 0 || dx_tok_entry_kind(d, q, LK_GIVEN) >= 0)) ||
			 /* "сенатор от штата Огайо республиканец Иван Петров" */
			 (!after_name && person_follows(d, q, office_case(d, s, oe)))))
			*end = q;
	}
	/*
	 * "мэр Москвы Сергей Собянин", "губернатор Приморья Сергей Дарькин",
	 * "патриарх Московский и всея Руси Кирилл": a place, or a capitalised
	 * word that is no given name, before a given name belongs to the office.
	 * Like the state, it is no part of the role, unless it ends the office's
	 * own words (всея Руси).
	 */
	skip_from = *end;
	/* "губернатор Кемеровской области Аман Тулеев": a place of more words too */
	if (!after_name && *end + 1 < n && d->tokperson[*end] < 0 && d->tokspan[*end] >= 0 &&
		d->spans[d->tokspan[*end]].t0 == *end && !town_word_of_a_name(d, *end) &&
		(d->spans[d->tokspan[*end]].kind == LK_CITY || d->spans[d->tokspan[*end]].kind == LK_CAPITAL ||
		 d->spans[d->tokspan[*end]].kind == LK_REGION) &&
		d->spans[d->tokspan[*end]].t1 < n && d->spans[d->tokspan[*end]].t1 <= *end + 3 &&
		(dx_tok_entry_kind(d, d->spans[d->tokspan[*end]].t1, LK_GIVEN) >= 0 ||
		 /* "губернатором области единоросса Андрея Воробьёва": a party's member before the name */
		 party_member_end(d, d->spans[d->tokspan[*end]].t1) > d->spans[d->tokspan[*end]].t1 ||
		 /* "губернатором Тверской области назначен Иван Петров": the verb giving the post, then the name */
		 appointed_name(d, d->spans[d->tokspan[*end]].t1) > d->spans[d->tokspan[*end]].t1 ||
		 /* "губернатор Техаса Салман Тасир": two capitalised words the lexicon does not know */
		 name_starts(d, d->spans[d->tokspan[*end]].t1) ||
		 /*
		  * "губернатор Техаса Эбботт": a surname alone, the place right
		  * after the office (not "адвокат христианки Азии Биби")
		  */
		 (*end == s->t1 && surname_alone_at(d, d->spans[d->tokspan[*end]].t1, 0)) ||
		 /* "губернатор Огайо республиканец Иван Петров", "губернатор Огайо генерал Иван Петров" */
		 person_follows(d, d->spans[d->tokspan[*end]].t1, office_case(d, s, oe)) ||
		 (d->spans[d->tokspan[*end]].t1 > *end + 1 && dx_is_cap_word(d, d->spans[d->tokspan[*end]].t1) &&
		  dx_span_kind_at(d, d->spans[d->tokspan[*end]].t1) == LK_NONE &&
		  dx_is_cap_word(d, d->spans[d->tokspan[*end]].t1 + 1))) &&
		dx_tok_entry_kind(d, *end, LK_GIVEN) < 0)
		*end = d->spans[d->tokspan[*end]].t1;
	else if (!after_name && *end + 2 < n && d->tokperson[*end] < 0 && (toks[*end].flags & TF_ALLCAPS) &&
			 dx_span_kind_at(d, *end) == LK_NONE && (toks[*end + 1].flags & TF_SPACE) &&
			 dx_is_cap_word(d, *end + 1) && dx_is_cap_word(d, *end + 2) &&
			 dx_span_kind_at(d, *end + 1) == LK_NONE && dx_span_kind_at(d, *end + 2) == LK_NONE)
	{
		/* "президент ФИФА Зепп Блаттер": an abbreviation before a name of two words, part of the role */
		if (c1 == *end)
			c1 = *end + 1;
		*end += 1;
	}
	/*
	 * "командующий ВВС Андорры академик Иван Петров": an abbreviation and
	 * its state before the name or what describes the person; the
	 * abbreviation is part of the role, the state the person's
	 */
	else if (!after_name && *end + 2 < n && d->tokperson[*end] < 0 && (toks[*end].flags & TF_ALLCAPS) &&
			 dx_span_kind_at(d, *end) == LK_NONE &&
			 abbreviation_before_person(d, s, oe, *end) > *end)
	{
		int			q = abbreviation_before_person(d, s, oe, *end);

		if (c1 == *end)
			c1 = *end + 1;
		if (*country == NULL && q > *end + 1)
			*country = dx_entry(d, d->spans[d->tokspan[*end + 1]].entry)->code;
		*end = q;
	}
	else if (!after_name && *end + 1 < n && d->tokperson[*end] < 0 && dx_is_cap_word(d, *end) &&
			 dx_span_kind_at(d, *end) == LK_NONE && dx_tok_entry_kind(d, *end, LK_GIVEN) < 0 &&
			 (toks[*end + 1].flags & TF_SPACE) &&
			 (dx_tok_entry_kind(d, *end + 1, LK_GIVEN) >= 0 ||
			  /* "начальник Генштаба 65-летний Иван Петров" */
			  (!name_begins(d, *end + 1) && person_follows(d, *end + 1, office_case(d, s, oe)))) &&
			 dx_genitive_form(&toks[*end]) && !dx_three_word_name(d, *end, DX_GEN) &&
			 /* "глава штаба Ветрова Игорь Соколов": a person's the story named, no body's */
			 !story_surname_genitive(d, *end, NULL) &&
			 /*
			  * "лидера партии «Техрик-э-Лабаик» Хадима Хуссейна Ризви": a body
			  * its name in quotation marks or in brackets closes is named; the
			  * word after it opens the holder's name
			  */
			 !(toks[*end - 1].type == TK_QUOTE || dx_tok_punct(&toks[*end - 1], ')')))
		*end += 1;
	/*
	 * "губернатор провинции Пенджаб Салман Тасир": not the name of a place
	 * after its generic noun (class geo_noun), the office's words naming
	 * the kind of place it is of
	 */
	if (*end > skip_from && c1 > c0 && c1 == skip_from && !geo_noun_word(d, c1 - 1))
		c1 = *end;
	/* "лидер партии, радикальный проповедник Хадим Ризви": a description in between */
	if (!after_name && *end + 3 < n && dx_tok_punct(&toks[*end], ',') &&
		dx_adjective_form(&toks[*end + 1]) && !(toks[*end + 1].flags & TF_CAP) &&
		toks[*end + 2].type == TK_WORD && !(toks[*end + 2].flags & TF_CAP) &&
		dx_span_kind_at(d, *end + 2) == LK_NONE && !dx_verb_form(&toks[*end + 2]) &&
		!dx_function_word(toks[*end + 2].low) && dx_is_cap_word(d, *end + 3) && dx_is_cap_word(d, *end + 4))
		*end += 3;
	/* "директор института, член-корреспондент РАН Мария Соколова" */
	else if (!after_name && described_name(d, *end) > *end)
		*end = described_name(d, *end);
	/* "секретарь компании Nord Stream 2 AG, занимающейся реализацией проекта, Йенс Мюллер" */
	else if (!after_name && participle_clause_name(d, s, *end) > *end)
		*end = participle_clause_name(d, s, *end);
	/* "гидрографии Германии (BSH) Моника Браух-Мориц": an abbreviation in brackets */
	if (*end + 3 < n && dx_tok_punct(&toks[*end], '(') && dx_tok_punct(&toks[*end + 2], ')') &&
		toks[*end + 1].type == TK_WORD && (toks[*end + 1].flags & (TF_ALLCAPS | TF_ABBR)))
		*end += 3;
	/* "министр иностранных дел Андорры господин Иван Петров" */
	if (!after_name)
		*end = honorific_end(d, *end);
	/* "спикер республиканец Джон Бонер" */
	if (!after_name)
		*end = party_member_end(d, *end);
	/* "министром по вопросам Brexit назначен Доминик Рааб", "назначен 44-летний Доминик Рааб" */
	if (!after_name && appointed_name(d, *end) > *end)
		*end = appointed_name(d, *end);
	else if (!after_name && name_after_holding_verb(d, s, *end) > *end)
		*end = name_after_holding_verb(d, s, *end);
	/* "министр обороны 65-летний Иван Петров", "губернатор штата демократ Иван Петров" */
	if (!after_name)
	{
		int			oc = office_case(d, s, oe),
					pl;

		*end = describer_end(d, *end, oc);
		*end = appointed_object_end(d, s, *end);
		*end = fronted_office_object_end(d, s, *end);
		/* "командующие флотами адмиралы Иван Петров и Пётр Сидоров": the ranks the names share */
		if (*end < n && (pl = describing_plural(d, *end, oc)) > *end && name_begins(d, pl))
			*end = pl;
	}
	/*
	 * "ректора университета академика Ивана Петрова", "министра финансов
	 * профессора Петра Сидорова": a title, in the office's case, after the
	 * office's words (with none, "помощника профессора Ивана Петрова", it
	 * is the office's possessor)
	 */
	if (!after_name && (*end > s->t1 || s->t1 - s->t0 > 1) && *end + 1 < n && toks[*end].type == TK_WORD &&
		!(toks[*end].flags & TF_CAP) && dx_tok_has_cue(d, *end, CUE_TITLE) &&
		(office_case(d, s, oe) == DX_UNK || tok_may_be(d, *end, DX_G(NOUN) | case_gram(office_case(d, s, oe)))) &&
		title_phrase_end(d, *end) > *end)
		*end = title_phrase_end(d, *end);
	/* "представитель вооружённых сил полковник Сансерн Каевкамнерд" */
	/*
	 * "контр-адмирал", "генерал армии", "генерал-лейтенант полиции": a
	 * prefix before the rank, the service after it in the genitive
	 */
	if (*end + 2 < n && toks[*end].type == TK_WORD && !(toks[*end].flags & TF_CAP) &&
		toks[*end + 1].type == TK_HYPHEN && !(toks[*end + 1].flags & TF_SPACE) &&
		!(toks[*end + 2].flags & TF_SPACE) && rank_word(d, *end + 2))
		*end += 2;
	while (*end < n && rank_word(d, *end))
	{
		*end += 1;
		if (*end + 1 < n && toks[*end].type == TK_HYPHEN && rank_word(d, *end + 1))
			*end += 2;
		if (*end + 1 < n && toks[*end].type == TK_WORD && !(toks[*end].flags & TF_CAP) &&
			dx_span_kind_at(d, *end) == LK_NONE && dx_genitive_form(&toks[*end]) &&
			!dx_function_word(toks[*end].low) && (toks[*end + 1].flags & TF_CAP) &&
			toks[*end + 1].type == TK_WORD)
			*end += 1;
		*end = rank_status_end(d, *end);
	}
	/*
	 * the words stay when a name follows them, or after a name; after a post
	 * left only when they end at a punctuation mark ("с поста тренера
	 * клуба."), not on into the clause ("с поста главы ведомства вслед за
	 * министром")
	 */
	/*
	 * "Иван Петров, директор польского отдела папской Ассоциации ...": words
	 * that stop at an adjective whose noun they did not reach end before it;
	 * so too before the name, where the noun is a body the state's adjective
	 * belongs to ("секретарь по вопросам прав человека американского
	 * министерства иностранных дел Барри Лоуенкрон")
	 */
	while (c1 > c0 && adjective_only(d, c1 - 1))
		c1--;
	/*
	 * "Иван Петров, глава комитета по этике при президенте": words that
	 * stop at an office after a preposition end before the preposition,
	 * which alone governs nothing
	 */
	while (c1 > c0 && toks[c1 - 1].type == TK_WORD && (dx_tok_gram(d, c1 - 1) & (GR_PREP | GR_AND)))
		c1--;
	/*
	 * "Иван Петров, директор НИИ вакцин имени Пастера": the words stopped at
	 * the capital of the name the body is named after; "имени" alone goes
	 */
	if (c1 > c0 && toks[c1 - 1].type == TK_WORD && dx_tok_has_cue(d, c1 - 1, CUE_NAMED_AFTER))
		c1--;
	else if (c1 > c0 + 1 && dx_tok_punct(&toks[c1 - 1], '.') && dx_tok_has_cue(d, c1 - 2, CUE_NAMED_AFTER))
		c1 -= 2;
	if (c1 > c0 && ((after_name && (post_left(d, s) < 0 || *end >= n || toks[*end].type != TK_WORD)) ||
					(!after_name && *end < n && (toks[*end].flags & TF_CAP)) ||
					/* "Министр связи и информации — Иван Петров": a list of posts */
					(!after_name && *end + 1 < n && toks[*end].type == TK_DASH && (toks[*end + 1].flags & TF_CAP)) ||
					chained_office(d, *end) || (!after_name && office_after_comma(d, *end))))
	{
		dx_buf		rb;
		const char *words = office_words(d, oe, c0, c1);

		/* "глава Минсельхоза": the head of a body the lexicon gives an office for its head */
		if (head_of_body_office(d, oe, c0, c1))
			return head_of_body_office(d, oe, c0, c1);

		/*
		 * With words of its own the office keeps its own head, in the
		 * nominative: "лидер лейбористов", not the class name "президент";
		 * so too when the words named a body that goes ("лидер правой
		 * партии «Новый путь»" -> "лидер").
		 */
		if (*words == '\0')
			return plain_office(d, oe, NULL, 1);
		dx_buf_init(&rb, d->a);
		dx_buf_adds(&rb, oe->term);
		if (*words != ',')
			dx_buf_addc(&rb, ' ');	/* "министр экономики, торговли и промышленности" */
		dx_buf_adds(&rb, words);
		if (t1b > t0b)
		{
			dx_buf_addc(&rb, ' ');
			dx_buf_adds(&rb, office_words(d, oe, t0b, t1b));
		}
		return dx_buf_str(&rb);
	}
	return plain_office(d, oe, *country, body);
}

/*
 * The cases the name of entity ent from token t0 shows, its surname's
 * ending (*cs) and its given name's (*cg), each DX_UNK when the word is
 * as the entity writes it or tells none.  Returns the name's last token.
 */
static int
name_cases(const dx_doc *d, int t0, int ent, int *cs, int *cg)
{
	const dx_ent *e = &d->ents[ent];
	int			k = t0;

	*cs = *cg = DX_UNK;
	while (k + 1 < d->text.ntoks && d->tokperson[k + 1] == ent)
		k++;
	if (e->surname && strcmp(d->text.toks[k].low, e->surname) != 0)
		*cs = dx_case_of(d->text.toks[k].low, e->surname);
	if (e->given && k > t0)
	{
		int			len;
		const char *low = dx_normalize(d->a, e->given, strcspn(e->given, " "), &len);

		if (low && strcmp(d->text.toks[t0].low, low) != 0)
			*cg = dx_case_of(d->text.toks[t0].low, low);
	}
	return k;
}

/*
 * Is the person named from token tok (entity ent) in the genitive after an
 * office in the nominative: "советник Трампа" is the office of Trump's
 * adviser, not Trump's.
 */
static int
possessor(const dx_doc *d, int tok, int ent)
{
	const dx_ent *e = &d->ents[ent];
	int			cs,
				cg,
				k = name_cases(d, tok, ent, &cs, &cg);

	/* "адвокат Асии Биби": an indeclinable surname, the given name shows the case */
	if (cs == DX_GEN || cg == DX_GEN)
		return 1;
	/* "советник Зеленского": a surname of the adjectival kind */
	return e->surname && dx_adjective_case_of_lemma(d->text.toks[k].low, e->surname) == DX_GEN;
}

/*
 * "адвокат Биби обратился": the verb after the name agrees with the office
 * in the nominative,
 * not with the person (a woman), so the name is whose office it is.
 */
static int
verb_disagrees(const dx_doc *d, int tok, int ent)
{
	const dx_ent *e = &d->ents[ent];
	int			k = tok,
				g;

	while (k < d->text.ntoks && d->tokperson[k] == ent)
		k++;
	if (k >= d->text.ntoks || d->text.toks[k].type != TK_WORD || e->gender == 0)
		return 0;
	g = dx_past_gender(d->text.toks[k].low);
	return g != 0 && g != e->gender;
}

/*
 * An office in a case a name in the genitive cannot agree with: "советнику
 * Трампа", "о помощнике Путина" are of that person's office.  Not the
 * instrumental: "назначила министром Доминика Рааба" is an accusative.
 */
static int
possessor_case(int gcase)
{
	return gcase == DX_NOM || gcase == DX_DAT || gcase == DX_PREP;
}

/* is token tok a given name in the genitive (Карла, Марии)? */
static int
given_in_genitive(const dx_doc *d, int tok)
{
	int			g = dx_tok_entry_kind(d, tok, LK_GIVEN);
	const char *lemma;

	if (g < 0)
		return 0;
	lemma = d->lex->words[dx_entry(d, g)->w0].low;
	/* not a woman's name in the nominative: Роберта Мецола приветствовала */
	return strcmp(lemma, d->text.toks[tok].low) != 0 && dx_case_of(d->text.toks[tok].low, lemma) == DX_GEN &&
		!dx_given_woman_nominative(d, tok);
}

/*
 * "министру Марии Петровой", "о после Юлии Ивановой": a given name whose
 * genitive is its dative and prepositional too, after an office in one of
 * those cases, stands in apposition, not as the office's possessor.
 */
static int
given_in_office_case(const dx_doc *d, int tok, int gcase)
{
	const dx_tok *toks = d->text.toks;
	int			g = dx_tok_entry_kind(d, tok, LK_GIVEN),
				k = tok + 1;

	if (g < 0 || (gcase != DX_DAT && gcase != DX_PREP) ||
		!dx_given_gen_dat_alike(toks[tok].low, d->lex->words[dx_entry(d, g)->w0].low))
		return 0;
	/* "советнику Марии Петровой Ивану Сидорову": another name after it is the holder */
	while (k < d->text.ntoks && k <= tok + 3 && dx_is_cap_word(d, k) && dx_tok_entry_kind(d, k, LK_GIVEN) < 0)
		k++;
	return !(k < d->text.ntoks && k > tok + 1 && dx_is_cap_word(d, k) && dx_tok_entry_kind(d, k, LK_GIVEN) >= 0);
}

/* is token tok a given name in a case other than the nominative (Андрея, Марии)? */
static int
given_oblique(const dx_doc *d, int tok)
{
	int			g = dx_tok_entry_kind(d, tok, LK_GIVEN);

	return g >= 0 && strcmp(d->lex->words[dx_entry(d, g)->w0].low, d->text.toks[tok].low) != 0 &&
		!dx_given_woman_nominative(d, tok);
}

/*
 * "советник генерал-лейтенанта Ивана Петрова": a rank in the genitive right
 * before the name shows the name's case.
 */
static int
rank_in_genitive(const dx_doc *d, int tok)
{
	return tok > 0 && rank_word(d, tok - 1) && dx_genitive_form(&d->text.toks[tok - 1]);
}

/* is the first word of a role of cue class cue */
static int
role_head_has_cue(const dx_doc *d, const char *role, dx_cue cue)
{
	size_t		len = strcspn(role, " ");
	char		word[64];

	if (len == 0 || len >= sizeof(word))
		return 0;
	memcpy(word, role, len);
	word[len] = '\0';
	return dx_str_has_cue(d->lex, word, cue);
}

/* does the role begin with an office that says nothing alone: глава, руководитель, лидер? */
static int
generic_role(const dx_doc *d, const char *role)
{
	return role_head_has_cue(d, role, CUE_OFFICE_GENERIC);
}

/*
 * Give person e the office the text names: the text's office beats the
 * lexicon's, but not another the text gave first, unless this one is the
 * office the person is given in the story (appointed: "назначен на должность
 * губернатора") or the first said nothing alone ("глава МАГАТЭ" before
 * "генеральный директор МАГАТЭ") and this one is precise; the state is
 * kept when known.
 * role_from_text is 2 for an office given in the story, which stays.
 */
static void
give_office(dx_doc *d, dx_ent *e, const char *role, const lex_entry *oe, const char *country, int appointed, int precise)
{
	if (!e->role_from_text || e->role_from_text == ROLE_FORMER || (appointed && e->role_from_text != 2) ||
		(precise && e->role_from_text == 1 && e->role && generic_role(d, e->role) && !generic_role(d, role)) ||
		/* "Дипломат Иван Петров, посол Андорры": the office held beats the profession */
		(e->role_from_text == 1 && e->role && role_head_has_cue(d, e->role, CUE_PROFESSION) &&
		 !role_head_has_cue(d, role, CUE_PROFESSION)))
	{
		e->role = role;
		e->role_class = oe->code;
		e->role_from_text = appointed ? 2 : 1;
	}
	if (country && e->country == NULL)
		e->country = country;
}

static int	verb_gender_differs(const dx_doc *d, int v, int ent);

/*
 * "Беньямин Нетаньяху отказался ... Премьер-министр Израиля заявил": an
 * office of a state opening a sentence, that no person of the story holds,
 * stands for the person named last before it when that person has no office
 * and no other state, and the verb after the office's words does not tell
 * another gender ("Анна Белова ... Представитель МИД Нидерландов заявил").
 * Gives that person the office; returns the entity or -1.
 */
static int
anaphoric_holder(dx_doc *d, const dx_span *s, const lex_entry *oe, const char *country)
{
	int			j,
				end,
				v;

	(void) office_country(d, s, &end);
	for (v = end; v < d->text.ntoks && v < end + 2 && d->text.toks[v].type == TK_WORD &&
		 !tok_may_be(d, v, DX_G(VERB)); v++)
		;
	for (j = s->t0 - 1; j >= 0 && j >= s->t0 - 150; j--)
	{
		dx_ent	   *e;

		if (d->tokname[j] < 0)
			continue;
		e = &d->ents[d->tokname[j]];
		if (e->role != NULL || e->role_from_text == ROLE_FORMER || (e->country && strcmp(e->country, country) != 0) ||
			(v < d->text.ntoks && d->text.toks[v].type == TK_WORD && tok_may_be(d, v, DX_G(VERB)) &&
			 verb_gender_differs(d, v, d->tokname[j])))
			return -1;
		give_office(d, e, oe->name, oe, country, 0, 0);
		return d->tokname[j];
	}
	return -1;
}

/*
 * The person of an office class (and state) named nearest before token tok,
 * else the first named after it, within 3000 tokens either way.  Only the
 * tokens that name a person are visited: prevname[j] is the last such token
 * at or before j, nextname[j] the first at or after j (-1, n: none), so an
 * office far from any name costs nothing whatever the text repeats.
 */
static int
person_by_office(dx_doc *d, const int *prevname, const int *nextname,
				 int tok, const char *cls, const char *country)
{
	int			j;

	for (j = tok > 0 ? prevname[tok - 1] : -1; j >= 0 && j >= tok - 3000;
		 j = j > 0 ? prevname[j - 1] : -1)
		if (holds_office(d, d->tokname[j], cls, country))
			return d->tokname[j];
	for (j = nextname[tok]; j < d->text.ntoks && j < tok + 3000; j = nextname[j + 1])
		if (holds_office(d, d->tokname[j], cls, country))
			return d->tokname[j];
	return -1;
}

/*
 * The lexicon's row for person entity e in an office of class cls (and of
 * that state), when the lexicon lists the person in several offices held in
 * turn: the story's office names one of them ("российский президент" of a
 * person the lexicon knows as president, then premier).  NULL when none.
 */
static const lex_entry *
office_held_in_turn(dx_doc *d, const dx_ent *e, const char *cls, const char *country)
{
	int			k;

	if (e->surname == NULL || cls == NULL)
		return NULL;
	for (k = dx_lex_lookup(d->lex, e->surname, (int) strlen(e->surname)); k >= 0; k = d->lex->posts[k].next)
	{
		const lex_entry *le = &d->lex->entries[d->lex->posts[k].entry];

		if (le->kind == LK_PERSON && le->name && strcmp(le->name, e->name) == 0 && le->role_class &&
			strcmp(le->role_class, cls) == 0 && (country == NULL || (le->country && strcmp(le->country, country) == 0)) &&
			/* "к премьеру РФ" in a story of 2010: not Медведев, premier from 2012 */
			dx_row_in_story_time(d, le))
			return le;
	}
	return NULL;
}

/*
 * An office of a state that no person of the story holds may name the one
 * person of that state the lexicon lists in that office at another time:
 * "глава России" of the person the lexicon knows as the premier since.
 * Gives that person the office; returns the entity or -1.
 */
static int
holder_in_turn(dx_doc *d, const lex_entry *oe, const char *country)
{
	int			i,
				found = -1;
	const lex_entry *row = NULL;

	if (country == NULL)
		return -1;
	for (i = 0; i < d->nents; i++)
	{
		const lex_entry *le;

		if (d->ents[i].kind != DX_PERSON || d->ents[i].country == NULL || strcmp(d->ents[i].country, country) != 0)
			continue;
		le = office_held_in_turn(d, &d->ents[i], oe->code, country);
		if (le == NULL)
			continue;
		if (found >= 0)
			return -1;			/* two: which is meant is not told */
		found = i;
		row = le;
	}
	if (found >= 0 && d->ents[found].role_from_text)
		return -1;				/* the story gave that person an office already */
	if (found >= 0)
	{
		d->ents[found].role = row->role;
		d->ents[found].role_class = row->role_class;
		d->ents[found].role_from_text = 1;
	}
	return found;
}

/*
 * "советника Трампа", "пресс-секретаря Путина": the office and the name both
 * in the genitive may be apposed or the name may be whose office it is.  A
 * head of state or government the lexicon knows, named right after a post
 * held for a person (советник, помощник), is whose post it is.
 */
static int
head_possessor(const dx_doc *d, const lex_entry *oe, int ent, int gcase)
{
	const dx_ent *e = &d->ents[ent];

	return gcase == DX_GEN && !e->role_from_text && e->role_class && dx_str_has_cue(d->lex, oe->name, CUE_AIDE) &&
		(strcmp(e->role_class, "head_of_state") == 0 || strcmp(e->role_class, "head_of_government") == 0);
}

/*
 * "главой совета директоров компании Норникель", "глава банка Восток": one
 * capitalised word after an organisation-type noun in the genitive closing
 * an office's words (end the token after them) names the organisation, not
 * a person.  Not a given name, nor a word that shows a person's name by the
 * lexicon, the dictionary or a Russian ending ("директор завода Петров"),
 * nor one before another capitalised word ("директор компании Иван
 * Петров").
 */
static int
body_name_after_office(const dx_doc *d, int end)
{
	const dx_tok *toks = d->text.toks;

	if (end < 1 || end >= d->text.ntoks || toks[end - 1].type != TK_WORD || (toks[end - 1].flags & TF_CAP) ||
		!(dx_tok_entry_kind(d, end - 1, LK_ORG_TYPE) >= 0 || dx_tok_has_cue(d, end - 1, CUE_COMPANY_HEAD)) ||
		!dx_genitive_form(&toks[end - 1]) || !tok_may_be(d, end - 1, DX_G(gent)))
		return 0;
	if (toks[end].type != TK_WORD || !(toks[end].flags & TF_CAP) || (toks[end].flags & TF_ALLCAPS) ||
		toks[end].nchars < 2 || d->tokperson[end] >= 0 || dx_tok_entry_kind(d, end, LK_GIVEN) >= 0 ||
		dx_span_kind_at(d, end) == LK_SURNAME || dx_person_name_ending(toks[end].low) ||
		tok_may_be(d, end, DX_G(Name)) || tok_may_be(d, end, DX_G(Surn)) || tok_may_be(d, end, DX_G(Patr)))
		return 0;
	return !(end + 1 < d->text.ntoks && toks[end + 1].type == TK_WORD && (toks[end + 1].flags & TF_CAP)) &&
		!(end + 2 < d->text.ntoks && toks[end + 1].type == TK_HYPHEN && (toks[end + 2].flags & TF_CAP));
}

/*
 * One capitalised word of a run of names from token i, with the parts a
 * hyphen joins to it ("Хизб-ут-Тахрир", "Маджлис-э-Амал") and a name's
 * particle before it ("ван Берден").  Returns where it ends, or i when no
 * such word starts there.
 */
static int
cap_unit_end(const dx_doc *d, int i)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				k = i,
				parts = 0;

	if (k + 1 < n && toks[k].type == TK_WORD && !(toks[k].flags & TF_CAP) &&
		dx_tok_has_cue(d, k, CUE_NAME_PARTICLE) && dx_is_cap_word(d, k + 1))
		k++;
	if (k >= n || toks[k].type != TK_WORD || !(toks[k].flags & TF_CAP))
		return i;
	k++;
	while (parts < 4 && k + 1 < n && toks[k].type == TK_HYPHEN && !(toks[k].flags & TF_SPACE) &&
		   toks[k + 1].type == TK_WORD && !(toks[k + 1].flags & TF_SPACE))
	{
		k += 2;
		parts++;
	}
	return k;
}

/*
 * "лидер партии Фидес Сабольч Надь ... Сабольч Надь заявил": do the words
 * at tokens a and b, one after the other, stand so elsewhere in the story,
 * not after the word at token before?  Then they are a name of their own,
 * the word before them another's (a body's).  Read within a window of
 * tokens around them.
 */
#define TOLD_ALONE_WINDOW 3000
static int
pair_told_alone(const dx_doc *d, int a, int b, int before)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				k = a > TOLD_ALONE_WINDOW ? a - TOLD_ALONE_WINDOW : 0,
				k1 = a + TOLD_ALONE_WINDOW < n ? a + TOLD_ALONE_WINDOW : n;

	if (b != a + 1)
		return 0;
	for (; k + 1 < k1; k++)
		if (k != a && toks[k].form == toks[a].form && toks[k + 1].form == toks[b].form &&
			toks[k].type == TK_WORD && (k == 0 || toks[k - 1].form != toks[before].form))
			return 1;
	return 0;
}

/*
 * "начальника Генштаба ВС Андорры Ивана Петрова": a capitalised word at
 * token j that the dictionary knows (no guess) only as a noun of a thing,
 * never a name or a person, before a name a few capitalised words on,
 * names the office's body, not its holder ("советника Трампа" is a name).
 */
static int
thing_before_name(const dx_doc *d, int j)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				np,
				i,
				q;
	dx_ocparse	p[16];

	if (j + 1 >= n || toks[j].type != TK_WORD || !(toks[j].flags & TF_CAP) || (toks[j].flags & TF_ALLCAPS) ||
		d->tokperson[j] >= 0 || dx_tok_entry_kind(d, j, LK_GIVEN) >= 0 || dx_span_kind_at(d, j) != LK_NONE)
		return 0;
	np = dx_morph_analyse(d->lex, d->text.src + toks[j].b0, (size_t) (toks[j].b1 - toks[j].b0), p, 16);
	if (np <= 0)
		return 0;
	for (i = 0; i < np; i++)
		if (p[i].predicted || !(p[i].gram & DX_G(NOUN)) ||
			(p[i].gram & (DX_G_NAMES | DX_G(anim) | DX_G(Abbr) | DX_G(Init))))
			return 0;
	/* the name after it, past the body's other capitalised words and its state */
	for (q = j + 1; q < n && q <= j + 4 && toks[q].sent == toks[j].sent && toks[q].type == TK_WORD &&
		 (toks[q].flags & TF_CAP); q++)
		if (d->tokperson[q] >= 0 || dx_tok_entry_kind(d, q, LK_GIVEN) >= 0)
			return 1;
	return 0;
}

/*
 * "лидер партии Хизб-ут-Тахрир Омар Бакри", "лидер партии Мутахидда
 * Маджлис Фазлур Рехман": after a body's noun in the genitive that closes
 * an office's words, the body's own name unquoted, then the holder's: a
 * run of capitalised words of one sentence.  Of three words, the first is
 * the body's when a hyphen joins a particle inside it (Хизб-ут-Тахрир,
 * Джамаат-и-Ислами), or the last two are a person the lexicon knows or a
 * name the story tells alone (pair_told_alone): "главы агентства Тесфай
 * Аданом Гебремариам", "Абий Ахмед Али" are one name; of four to six, the
 * body's name goes on before the last two words.  It ends earlier before a
 * given name the lexicon knows, or after a state in the nominative that
 * closes it ("Техрик-э-Лабаик Пакистан Хадим Хусейн Ризви").  A run that
 * starts with a name ("директор компании Иван Петрович Сидоров", "директор
 * завода Петров Иван Иванович") is a person's alone; an abbreviation or a
 * state in the genitive ("пресс-службы МИД Андорры Иван Петров") is the
 * office's words.  Returns the token where the holder's name starts, or
 * end when there is no such run.
 */
int
dx_holder_past_body_name(const dx_doc *d, int end)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks;
	int			u[7];
	int			m = 0,
				k = end,
				start,
				linked = 0,
				x;

	if (end < 1 || end >= n || toks[end - 1].type != TK_WORD || (toks[end - 1].flags & TF_CAP) ||
		!(dx_tok_entry_kind(d, end - 1, LK_ORG_TYPE) >= 0 || dx_tok_has_cue(d, end - 1, CUE_COMPANY_HEAD)) ||
		!dx_genitive_form(&toks[end - 1]) || !tok_may_be(d, end - 1, DX_G(gent)))
		return end;
	while (m < 7 && k < n && toks[k].sent == toks[end].sent && cap_unit_end(d, k) > k)
	{
		u[m++] = k;
		k = cap_unit_end(d, k);
	}
	if (m < 3 || m > 6)
		return end;
	/* a person's name from its first word on */
	if (d->tokperson[end] >= 0 || dx_tok_entry_kind(d, end, LK_GIVEN) >= 0 ||
		dx_span_kind_at(d, end) == LK_SURNAME || dx_person_name_ending(toks[end].low))
		return end;
	for (x = 0; x < m; x++)
		if (tok_may_be(d, u[x], DX_G(Patr)) && !(toks[u[x]].flags & TF_LAT))
			return end;
	for (x = end + 1; x + 1 < u[1]; x++)
		if (toks[x].type == TK_WORD && !(toks[x].flags & TF_CAP) && toks[x - 1].type == TK_HYPHEN &&
			toks[x + 1].type == TK_HYPHEN)
			linked = 1;
	start = m - 2;
	for (x = 1; x < m - 2; x++)
	{
		if (dx_tok_entry_kind(d, u[x], LK_GIVEN) >= 0)
		{
			start = x;
			break;
		}
		if (dx_span_kind_at(d, u[x]) == LK_COUNTRY && d->spans[d->tokspan[u[x]]].t1 == u[x + 1] &&
			m - x - 1 <= 3)
		{
			start = x + 1;
			break;
		}
	}
	if (m == 3 && !linked &&
		!(d->tokperson[u[1]] >= 0 && d->tokperson[u[2]] == d->tokperson[u[1]]) &&
		!pair_told_alone(d, u[1], u[2], u[0]))
		return end;
	/*
	 * the body's words: no abbreviation, no person's name ("глава фракции
	 * Блок Петра Порошенко Артур Герасимов": the office's words take it),
	 * a state only closing it in the nominative, a town's name anywhere
	 */
	for (x = 0; x < start; x++)
	{
		int			kk = dx_span_kind_at(d, u[x]);

		if ((toks[u[x]].flags & TF_ALLCAPS) || d->tokperson[u[x]] >= 0 ||
			/* "клуба Тоттенхэм Хотспур": a town's name within it */
			(kk != LK_NONE && kk != LK_CITY && !(kk == LK_COUNTRY && x > 0 &&
								tok_may_be(d, d->spans[d->tokspan[u[x]]].t1 - 1, DX_G(nomn)))))
			return end;
	}
	/* the holder's words: Cyrillic names of one person or none yet */
	for (x = start; x < m; x++)
	{
		int			w = toks[u[x]].type == TK_WORD && !(toks[u[x]].flags & TF_CAP) ? u[x] + 1 : u[x];
		int			kk = dx_span_kind_at(d, w);

		if ((toks[w].flags & TF_LAT) || !(toks[w].flags & TF_CYR) || (toks[w].flags & TF_ALLCAPS) ||
			/* "Омар Бакри": a town's name may be a surname */
			(kk != LK_NONE && kk != LK_GIVEN && kk != LK_SURNAME && kk != LK_CITY && kk != LK_PERSON) ||
			d->tokperson[w] != d->tokperson[u[start]])
			return end;
	}
	return u[start];
}

/*
 * "жена министра обороны Наталия Горина", "сын посла Иван Петров": an
 * office in the genitive after a noun of a person in the nominative (no
 * office itself), before a name in the nominative: the name is that
 * person's, the office another's.  end is the name's first token, ent its
 * person.
 */
static int
relative_before_office(const dx_doc *d, const dx_span *s, int end, int ent)
{
	const dx_tok *toks = d->text.toks;
	int			h = s->t0 - 1,
				k = end;

	if (h < 0 || toks[h].type != TK_WORD || ((toks[h].flags & TF_CAP) && !(toks[h].flags & TF_FIRST)) ||
		toks[h].sent != toks[s->t0].sent || dx_span_kind_at(d, h) != LK_NONE ||
		!tok_may_be(d, h, DX_G(NOUN) | DX_G(anim) | DX_G(nomn)) ||
		office_case(d, s, dx_entry(d, s->entry)) != DX_GEN || possessor(d, end, ent) || given_oblique(d, end))
		return 0;
	while (k + 1 < d->text.ntoks && d->tokperson[k + 1] == ent)
		k++;
	/* the name shows the nominative: a given name's or the surname's own form */
	return (dx_tok_entry_kind(d, end, LK_GIVEN) >= 0 && k > end) ||
		(d->ents[ent].surname && strcmp(toks[k].low, d->ents[ent].surname) == 0);
}

static int	name_nominative(const dx_doc *d, int t0, int ent);
static int	name_in_commas(const dx_doc *d, int j);

/*
 * Is the name of entity ent starting at token t0 in case gcase, as its given
 * name or its surname shows ("Петром Сидоровым" in the instrumental)?  An
 * office in the accusative takes a man's name in the genitive's form.
 */
static int
name_in_case(const dx_doc *d, int t0, int ent, int gcase)
{
	int			cs,
				cg;

	if (gcase == DX_NOM)
		return name_nominative(d, t0, ent);
	/* "Анне Беловой": the given name shows the dative the surname's ending leaves open */
	name_cases(d, t0, ent, &cs, &cg);
	return cs == gcase || cg == gcase || (gcase == DX_ACC && (cs == DX_GEN || cg == DX_GEN));
}

/*
 * Is token tok a given name in the nominative that would take another
 * ending in every other case: each of the lexicon's readings of the word is
 * that very form, of one gender, and declines for it (Андрей, Виктор,
 * Анна); not Евгения, also Евгений's genitive, not Карен, a man's or a
 * woman's (who keeps the form), not Синдзо.
 */
static int
given_only_nominative(const dx_doc *d, int tok)
{
	int			cand[8],
				n = dx_tok_entries(d, tok, LK_GIVEN, cand, 8),
				k,
				g = 0;
	const char *low = d->text.toks[tok].low;

	for (k = 0; k < n; k++)
	{
		const lex_entry *ge = dx_entry(d, cand[k]);
		int			kg = dx_given_gender(d, cand[k]);

		/* "Анна" is no case of Анн: a woman's name in a consonant keeps its form */
		if (kg == DX_FEM && dx_name_keeps_form_for_woman(d->lex->words[ge->w0].low) &&
			strcmp(d->lex->words[ge->w0].low, low) != 0)
			continue;
		if (strcmp(d->lex->words[ge->w0].low, low) != 0 || kg == 0 || (g != 0 && kg != g))
			return 0;
		g = kg;
	}
	return n > 0 && dx_given_declines(low) && dx_given_name_gender(low) == g;
}

/*
 * Does the name of entity ent from token t0 show the nominative and no
 * other case: a surname of a Russian paradigm as the entity writes it
 * (Воробьёв, Белова), after a given name that shows it too
 * (given_only_nominative)?  A foreign name news may leave undeclined ("лидера
 * КНДР Ким Чен Ын") shows nothing.
 */
static int
name_only_nominative(const dx_doc *d, int t0, int ent)
{
	const dx_ent *e = &d->ents[ent];
	int			cs,
				cg,
				k = name_cases(d, t0, ent, &cs, &cg);

	if (cs != DX_UNK || cg != DX_UNK || (k > t0 && !given_only_nominative(d, t0)))
		return 0;
	return e->surname && strcmp(d->text.toks[k].low, e->surname) == 0 && dx_surname_gender(e->surname) != 0;
}

/*
 * "Указом президента Андрей Воробьёв освобождён", "по приказу министра
 * Олег Смирнов": an office in an oblique case (office span s, its case
 * gcase) agrees with no name right after its words (from token t0, entity
 * ent) that shows the nominative only: the name is the subject of the
 * clause, not the office's holder.  Not past a verb the office's words ran
 * on to ("Место спикера занял Джон Бенер"); the instrumental only after a
 * preposition ("вместе с министром Иван Петров"): "Министром обороны Иван
 * Петров стал в 2019 году" names its holder.
 */
static int
oblique_office_nominative_name(const dx_doc *d, const dx_span *s, int gcase, int t0, int ent)
{
	const dx_tok *toks = d->text.toks;
	int			k;

	if (gcase == DX_NOM || gcase == DX_UNK || t0 < s->t1 || t0 > s->t1 + 16)
		return 0;
	if (gcase == DX_INS && !(s->t0 > 0 && toks[s->t0 - 1].sent == toks[s->t0].sent &&
							 (dx_tok_gram(d, s->t0 - 1) & GR_PREP)))
		return 0;
	for (k = s->t1; k < t0; k++)
		if (toks[k].type == TK_WORD && !(toks[k].flags & TF_CAP) &&
			(dx_verb_form(&toks[k]) || short_participle(&toks[k]) || dx_tok_has_cue(d, k, CUE_HOLDS_POST)))
			return 0;
	/*
	 * "Пост министра Иван Петров занимает с 2019 года", "на посту министра
	 * Иван Петров провёл", "в качестве министра Иван Петров посетил": the
	 * subject holds the post the office is governed by
	 */
	for (k = s->t0 - 1; k >= 0 && k >= s->t0 - 3 && toks[k].type == TK_WORD &&
		 (!(toks[k].flags & TF_CAP) || (toks[k].flags & TF_FIRST)) && toks[k].sent == toks[s->t0].sent; k--)
	{
		if (dx_tok_has_cue(d, k, CUE_POST_NOUN) || dx_tok_has_cue(d, k, CUE_CAPACITY))
			return 0;
		if (!dx_adjective_form(&toks[k]))
			break;
	}
	return name_only_nominative(d, t0, ent);
}

/*
 * "Указом президента Ивану Петрову присвоено звание", "по словам главы МИД
 * Ивану Петрову предложили": after an office in the genitive, a name whose
 * given name or surname shows the dative (and the other no genitive) is the
 * object of the verb after, not in apposition.  The name from token t0,
 * entity ent.
 */
static int
dative_name_after_genitive_office(const dx_doc *d, int gcase, int t0, int ent)
{
	int			cs,
				cg;

	if (gcase != DX_GEN)
		return 0;
	name_cases(d, t0, ent, &cs, &cg);
	/* "Павлу Орлову": a given name with a fleeting vowel leaves it to the surname */
	return (cg == DX_DAT && cs != DX_GEN && cs != DX_ACC) || (cs == DX_DAT && (cg == DX_UNK || cg == DX_DAT));
}

/*
 * "Иван Петров стал советником Дональда Трампа", "был назначен заместителем
 * Олега Сидорова": an office in the instrumental after a verb of being or
 * of a post (link_verb, past up to two adjectives: "стал первым
 * заместителем") has the subject before it for its holder; such a verb
 * takes no object, so a name in the genitive after the office is whose
 * office it is, not its holder (as it may be after an active verb:
 * "назначил министром Олега Сидорова").
 */
static int
link_verb_before(const dx_doc *d, const dx_span *s)
{
	const dx_tok *toks = d->text.toks;
	int			j = s->t0 - 1;

	while (j >= 0 && j >= s->t0 - 2 && toks[j].type == TK_WORD && !(toks[j].flags & TF_CAP) &&
		   dx_adjective_form(&toks[j]) && !dx_tok_has_cue(d, j, CUE_LINK_VERB))
		j--;
	return j >= 0 && toks[j].sent == toks[s->t0].sent && toks[j].type == TK_WORD &&
		!(toks[j].flags & TF_CAP) && dx_tok_has_cue(d, j, CUE_LINK_VERB);
}

/* is the person named from token t0 (entity ent) whose office span s is, in the instrumental after link_verb_before? */
static int
possessor_of_linked_office(const dx_doc *d, const dx_span *s, int t0, int ent)
{
	return office_case(d, s, dx_entry(d, s->entry)) == DX_INS && possessor(d, t0, ent) && link_verb_before(d, s);
}

static int	oblique_surname_alone(dx_doc *d, int q, int gcase);

/*
 * "советник Джо Байдена Джейк Салливан", "с помощником Ивана Петрова Петром
 * Сидоровым": past the name in the genitive whose office it is (entity pent
 * from token p), another name right after it in the office's case (gcase)
 * is the holder's ("глава администрации Ивана Петрова Пётр Сидоров"), but
 * not past a body's own name: "профессор Университета Джорджа Мэнсона Анна
 * Петрова" is of the university named so.  An office in the nominative
 * opening the sentence (first) may set it off by commas or a dash:
 * "Помощник Ивана Петрова, Пётр Сидоров, заявил".  Returns the holder's
 * entity or -1.
 */
static int
holder_past_possessor(dx_doc *d, int p, int pent, int gcase, int first)
{
	const dx_tok *toks = d->text.toks;
	int			q = p,
				ent = -1;

	while (q < d->text.ntoks && d->tokperson[q] == pent)
		q++;
	if (first && gcase == DX_NOM && q + 2 < d->text.ntoks && toks[q + 1].sent == toks[p].sent &&
		(toks[q].type == TK_DASH || (dx_tok_punct(&toks[q], ',') && name_in_commas(d, q + 1))))
		q++;
	if (p < 1 || q >= d->text.ntoks || gcase == DX_UNK || toks[q].type != TK_WORD || !(toks[q].flags & TF_CAP) ||
		toks[q].sent != toks[p].sent ||
		((toks[p - 1].flags & TF_CAP) && dx_span_kind_at(d, p - 1) != LK_OFFICE &&
		 dx_span_kind_at(d, p - 1) != LK_COUNTRY))
		return -1;
	if (d->tokperson[q] >= 0)
		ent = d->tokperson[q];
	else
		dx_rule_person(d, q, gcase, 1, &ent);
	/* "с помощником Путина Салливаном": a surname alone no list knows */
	if (ent < 0 && d->tokperson[q] < 0 && (gcase == DX_INS || gcase == DX_DAT) && (toks[q].flags & TF_CYR) &&
		!(q + 1 < d->text.ntoks && dx_is_cap_word(d, q + 1) && toks[q + 1].sent == toks[q].sent))
		ent = oblique_surname_alone(d, q, gcase);
	return ent >= 0 && d->tokperson[q] == ent && name_in_case(d, q, ent, gcase) ? ent : -1;
}

/* tokens looked back over for the story's earlier full name of a person */
#define STORY_NAME_BACK 2048
/* and the earlier names of that surname's first letters compared, the nearest */
#define STORY_NAME_TRIES 4

/*
 * Is w, a capitalised word, the genitive of the surname sur written in case
 * gc for a person of gender ("Ивана Петрова", "Иван Петров" for петрова,
 * "Анну Петрову" for петровой, "Асию Биби" for биби)?  A genitive that is
 * the nominative itself only of a surname that does not decline (Биби,
 * Куэлью; a woman's Смит): "Анна Петрова" is no one's genitive; one that
 * does not decline may be written as before ("Марию Куэлью", whose
 * nominative may also be Куэлья).  Sets *as_nom to 1 when w is also the
 * surname's nominative, 2 when it is also the nominative of a woman of the
 * man's family (Петрова of Петров), 0 otherwise.
 */
static int
surname_genitive_in(dx_doc *d, const char *sur, int gc, int gender, const char *w, int *as_nom)
{
	const char *nom,
			   *gen;

	*as_nom = 1;
	if (strcmp(w, sur) == 0 && dx_surname_keeps_form(w, gender) && !dx_surname_oblique(w))
		return 1;
	nom = dx_name_nominative(d->a, sur, gender, gc == DX_UNK ? DX_NOM : gc, 1);
	gen = dx_name_nominative(d->a, w, gender, DX_GEN, 1);
	if (nom == NULL || gen == NULL || strcmp(nom, gen) != 0)
		return 0;
	if (strcmp(w, nom) == 0)
		return dx_surname_keeps_form(nom, gender);
	*as_nom = gender == DX_MASC && dx_surname_nominative_of_man(nom, 0) ? 2 : 0;
	return 1;
}

/*
 * surname_genitive_in for the surname at token x after the given name at
 * token g, which tells the gender and the case.  Returns the person's
 * gender or 0.
 */
static int
surname_genitive_of(dx_doc *d, int g, int x, const char *w, int *as_nom)
{
	int			cand[4],
				nc = dx_tok_entries(d, g, LK_GIVEN, cand, 4),
				k;

	for (k = 0; k < nc; k++)
	{
		const lex_entry *ge = dx_entry(d, cand[k]);
		int			gender = dx_given_gender(d, cand[k]);

		if (gender != 0 &&
			surname_genitive_in(d, d->text.toks[x].low, dx_case_of(d->text.toks[g].low, d->lex->words[ge->w0].low),
								gender, w, as_nom))
			return gender;
	}
	return 0;
}

/*
 * Is token j, a capitalised word no rule has read, the genitive of the
 * surname of a person the story named in full before it, a given name (and
 * a patronymic) and the surname ("Суд оправдал Ивана Петрова. Адвокат
 * Петрова ...")?  Returns that person's gender or 0, and in *as_nom (when
 * not NULL) whether the word may be a nominative too (surname_genitive_in).
 */
static int
story_surname_genitive(dx_doc *d, int j, int *as_nom)
{
	const dx_tok *t = d->text.toks;
	int			x,
				nom,
				tries = 0;

	if (as_nom == NULL)
		as_nom = &nom;
	if (j < 2 || !dx_is_cap_word(d, j) || !(t[j].flags & TF_CYR) || t[j].nchars < 3 || d->tokperson[j] >= 0 ||
		(dx_span_kind_at(d, j) != LK_NONE && dx_span_kind_at(d, j) != LK_SURNAME) ||
		dx_tok_entry_kind(d, j, LK_GIVEN) >= 0)
		return 0;
	for (x = j - 1; x >= 1 && x >= j - STORY_NAME_BACK && tries < STORY_NAME_TRIES; x--)
	{
		int			g = x - 1,
					gender;

		/* the same first two letters: a form of the same surname */
		if (t[x].type != TK_WORD || !(t[x].flags & TF_CAP) || strncmp(t[x].low, t[j].low, 4) != 0 ||
			!(t[x].flags & TF_SPACE) || dx_tok_entry_kind(d, x, LK_GIVEN) >= 0)
			continue;
		/* "Ивана Ивановича Петрова": the given name before the patronymic */
		if (g >= 1 && dx_looks_patronymic(t[g].low) && t[g].sent == t[x].sent && (t[g].flags & TF_SPACE))
			g--;
		if (t[g].sent != t[x].sent || !dx_is_cap_word(d, g))
			continue;
		tries++;
		if (dx_tok_entry_kind(d, g, LK_GIVEN) >= 0)
		{
			if ((gender = surname_genitive_of(d, g, x, t[j].low, as_nom)) != 0)
				return gender;
			continue;
		}

		/*
		 * "Христианка Азия Биби ... адвокат Биби", "Жоан Пужоль ...
		 * пресс-секретарь Пужоля": a given name no list knows, whose
		 * nominative's ending tells the gender (-а, -я a woman's, a
		 * consonant a man's; not Фатумату) and the case, inside a sentence
		 * (not "Вывезти Биби")
		 */
		gender = dx_given_name_gender(t[g].low) == DX_FEM ? DX_FEM : dx_given_declines(t[g].low) ? DX_MASC : 0;
		if (gender != 0 && (t[g].flags & TF_CYR) && !(t[g].flags & TF_FIRST) &&
			!(g > 0 && (dx_tok_gram(d, g - 1) & GR_PREP)) &&
			surname_genitive_in(d, t[x].low, DX_NOM, gender, t[j].low, as_nom))
			return gender;
	}
	return 0;
}

/* story_surname_genitive for the persons' pass: "Помощник Петрова Белов" after "Ивана Петрова" */
int
dx_story_surname_genitive(dx_doc *d, int j)
{
	return story_surname_genitive(d, j, NULL);
}

/*
 * "пресс-секретарь Нетаньяху Омер Достри", "адвокат Зардари Саифул Малук":
 * the surname alone of entity ent at token tok, one that does not decline,
 * shows no case; another person's name of two words or more right after
 * it, in the office's case (gcase), is the holder's (holder_past_possessor),
 * and the surname is whose office it is.  Not the person's own given name
 * after it: "премьер-министр Абэ Синдзо".
 */
static int
undeclined_possessor(dx_doc *d, int tok, int ent, int gcase)
{
	const dx_tok *t = d->text.toks;
	const dx_ent *e = &d->ents[ent];
	int			q = tok + 1,
				h,
				len;

	if (gcase == DX_UNK || e->surname == NULL || d->tokperson[tok] != ent ||
		(tok > 0 && d->tokperson[tok - 1] == ent) || q + 1 >= d->text.ntoks || d->tokperson[q] == ent ||
		strcmp(t[tok].low, e->surname) != 0 ||
		!dx_surname_keeps_form(e->surname, dx_person_gender(d, e) == DX_FEM ? DX_FEM : DX_MASC))
		return 0;
	for (h = q; h <= q + 1; h++)
		if (!dx_is_cap_word(d, h) || t[h].sent != t[tok].sent || !(t[h].flags & TF_SPACE) || (t[h].flags & TF_NL))
			return 0;
	if (e->given)
	{
		const char *given = dx_normalize(d->a, e->given, strcspn(e->given, " "), &len);

		if (given == NULL || strcmp(given, t[q].low) == 0)
			return 0;
	}
	h = holder_past_possessor(d, tok, ent, gcase, 0);
	return h >= 0 && h != ent && d->tokperson[q + 1] == h;
}

/*
 * "советник президента Дональда Трампа по национальной безопасности Джон
 * Болтон": past the name whose office it is, the office's topic after «по»
 * at token q, and the holder's name after it, in the office's case
 * (gcase): its entity, or -1.
 */
static int
holder_past_topic(dx_doc *d, int q, int gcase)
{
	const char *c = NULL;
	int			cend = -1,
				e2 = office_complement(d, q, 0, &c, &cend),
				ent = -1;

	if (cend < 0 && e2 > q + 1 && e2 < d->text.ntoks && (d->text.toks[e2].flags & TF_CAP))
	{
		if (d->tokperson[e2] >= 0)
			ent = possessor(d, e2, d->tokperson[e2]) ? -1 : d->tokperson[e2];
		else
			dx_rule_person(d, e2, gcase, 1, &ent);
	}
	return ent;
}

/*
 * Can token tok be only a surname, or a man's name, in the genitive, and
 * no given name in the nominative or in case gcase?  The dictionary reads
 * it as a surname in the genitive (Петрова, Беловой) or a man's name there
 * (Смита), or, not knowing the word, guesses an animate man's noun in the
 * genitive (Шольца), not of a surname that does not decline; and it knows
 * it as no common noun (Техаса, Кремля), no patronymic, no man's noun in
 * the nominative (Саулюс) and as a given name in none of those cases
 * (Анна, Ильи after "с помощником").  Returns the gender of that genitive
 * (a man's when it may be either), 0 when the word is no such surname.
 */
static int
genitive_surname_only(const dx_doc *d, int tok, int gcase)
{
	const dx_tok *t = &d->text.toks[tok];
	dx_ocparse	p[32];
	int			n = dx_morph_analyse(d->lex, d->text.src + t->b0, (size_t) (t->b1 - t->b0), p, 32),
				k,
				gen = 0;
	uint64_t	cases = DX_G(nomn) | case_gram(gcase);

	for (k = 0; k < n; k++)
	{
		uint64_t	g = p[k].gram;

		if ((g & DX_G(Patr)) || ((g & DX_G(Name)) && (g & cases)) ||
			((g & DX_G(NOUN)) && !(g & DX_G(anim)) && !p[k].predicted) ||
			((g & DX_G(NOUN)) && (g & DX_G(masc)) && (g & DX_G(nomn))))
			return 0;
		if ((g & DX_G(NOUN)) && (g & DX_G(anim)) && (g & DX_G(sing)) && (g & DX_G(gent)) && !(g & DX_G(Fixd)) &&
			((g & (DX_G(Surn) | DX_G(Name))) || (p[k].predicted && (g & DX_G(masc)))))
			gen = (g & DX_G(femn)) && gen != DX_MASC ? DX_FEM : DX_MASC;
	}
	return gen;
}

/*
 * "с помощником Петрова Салливаном": a surname alone no list knows, after
 * the name of the person whose office it is, in the office's case (gcase,
 * the instrumental or the dative) that its ending shows, as a man's
 * surname of a consonant declines (Салливаном of Салливан): the holder,
 * named by the nominative.  Not a word the dictionary knows as a common
 * one.  Returns the person's entity or -1.
 */
static int
oblique_surname_alone(dx_doc *d, int q, int gcase)
{
	const dx_tok *t = &d->text.toks[q];
	const char *w = dx_tokens_text(d, q, q + 1),
			   *nom;
	dx_ocparse	p[16];
	int			n = dx_morph_analyse(d->lex, d->text.src + t->b0, (size_t) (t->b1 - t->b0), p, 16),
				k,
				len,
				ent;

	for (k = 0; k < n; k++)
		if (!p[k].predicted)
			return -1;
	if (w == NULL || (nom = dx_name_nominative(d->a, w, DX_MASC, gcase, 1)) == NULL || strcmp(nom, w) == 0 ||
		dx_utf8_chars(nom) < 3)
		return -1;
	ent = dx_person_entity(d, nom, dx_normalize(d->a, nom, strlen(nom), &len), NULL, DX_MASC);
	if (ent >= 0)
		dx_add_mention(d, q, q + 1, DX_PERSON, DX_FORM_NAME, nom, ent);
	return ent;
}

/* does the dictionary know token tok as a surname (not by a guess)? */
static int
known_surname(const dx_doc *d, int tok)
{
	const dx_tok *t = &d->text.toks[tok];
	dx_ocparse	p[16];
	int			n = dx_morph_analyse(d->lex, d->text.src + t->b0, (size_t) (t->b1 - t->b0), p, 16),
				k;

	for (k = 0; k < n; k++)
		if (!p[k].predicted && (p[k].gram & DX_G(Surn)))
			return 1;
	return 0;
}

/*
 * "Помощник Петрова Белов прибыл", "пресс-секретарь Шольца Плетнер", "с
 * помощником Беловой Петровым": after an office, whose words end at token
 * end, a word that can be only a surname in the genitive
 * (genitive_surname_only), then one more capitalised word closing the
 * name: no given name and surname of one person (a given name would stand
 * in the office's case), but the surname of the person whose office it is
 * and the holder's name, in the office's case (gcase).  An office opening
 * the sentence may set the holder's name off by commas: "Адвокат Петрова,
 * Сергей Белов, заявил".  The surname in the genitive is a person of its
 * own, named by its nominative.  Returns 1 with the holder in *ent when
 * token end is such a surname, 0 when not.
 */
static int
surname_possessor_holder(dx_doc *d, const dx_span *s, int end, int gcase, int *ent)
{
	const dx_tok *t = d->text.toks;
	int			n = d->text.ntoks,
				q = end + 1,
				gender,
				len,
				p;
	const char *nom;

	*ent = -1;
	if (gcase == DX_UNK || end + 2 >= n || t[end].sent != t[q].sent || !dx_is_cap_word(d, end) ||
		!(t[end].flags & TF_CYR) || !(t[end].flags & TF_SPACE) || d->tokperson[end] >= 0 ||
		(dx_span_kind_at(d, end) != LK_NONE &&
		 !(dx_span_kind_at(d, end) == LK_SURNAME && d->spans[d->tokspan[end]].t1 == q)) ||
		dx_tok_entry_kind(d, end, LK_GIVEN) >= 0)
		return 0;
	/* "Адвокат Петрова, Сергей Белов, заявил" */
	if (gcase == DX_NOM && (t[s->t0].flags & TF_FIRST) && dx_tok_punct(&t[q], ',') && name_in_commas(d, q + 1))
		q++;
	else if (q + 1 < n && dx_is_cap_word(d, q + 1) && t[q + 1].sent == t[q].sent && (t[q + 1].flags & TF_SPACE))
		return 0;				/* a name of more words: the rules of given names read it */
	if (!dx_is_cap_word(d, q) || !(t[q].flags & TF_SPACE) || (t[q].flags & TF_NL) || d->tokperson[q] >= 0 ||
		(dx_span_kind_at(d, q) != LK_NONE && dx_span_kind_at(d, q) != LK_SURNAME) ||
		(q == end + 1 && dx_tok_entry_kind(d, q, LK_GIVEN) >= 0) ||
		(gender = genitive_surname_only(d, end, gcase)) == 0)
		return 0;
	/*
	 * "заявила директор ЮНИСЕФ Этлева Кадилли": a word the dictionary does
	 * not know as a surname, where the verb before the office or after the
	 * name speaks of a woman, is her given name, not a man's genitive
	 */
	if (gcase == DX_NOM && !known_surname(d, end) &&
		((s->t0 > 0 && t[s->t0 - 1].type == TK_WORD && dx_past_gender(t[s->t0 - 1].low) == DX_FEM) ||
		 (q + 1 < n && t[q + 1].type == TK_WORD && dx_past_gender(t[q + 1].low) == DX_FEM)))
		return 0;
	dx_rule_person(d, q, gcase, 1, ent);
	if (*ent < 0 && d->tokperson[q] < 0 && (gcase == DX_INS || gcase == DX_DAT) && (t[q].flags & TF_CYR))
		*ent = oblique_surname_alone(d, q, gcase);
	if (*ent < 0 || d->tokperson[q] != *ent || !name_in_case(d, q, *ent, gcase))
	{
		*ent = -1;
		return 0;
	}
	/* "директор НИИ Гамалеи Гинзбург": the one a body is named for holds nothing here, and is no person of the story */
	if (end > 0 && dx_tok_has_cue(d, end - 1, CUE_NAMED_FOR))
	{
		if (d->tokbody)
			d->tokbody[end] = 1;
		return 1;
	}
	/* the person whose office it is: one the lexicon knows, or one named so */
	if (dx_span_kind_at(d, end) == LK_SURNAME)
		dx_lexicon_person(d, end, q, d->spans[d->tokspan[end]].entry);
	else if (!tok_may_be(d, end, DX_G(Name)) || tok_may_be(d, end, DX_G(Surn)))
	{
		nom = dx_dict_surname_nominative(d, end, DX_GEN, gender);
		if (nom == NULL)
			nom = dx_name_nominative(d->a, dx_tokens_text(d, end, end + 1), gender, DX_GEN, 1);
		if (nom != NULL &&
			(p = dx_person_entity(d, nom, dx_normalize(d->a, nom, strlen(nom), &len), NULL, gender)) >= 0)
			dx_add_mention(d, end, end + 1, DX_PERSON, DX_FORM_NAME, nom, p);
	}
	return 1;
}

/*
 * "Суд оправдал Ивана Петрова. Адвокат Петрова Сергей Белов заявил": after
 * an office, whose words end at token end, the surname of a person the
 * story has named, in the genitive (story_surname_genitive), says whose
 * office it is; its holder is the name right after it, in the office's case
 * (gcase): "адвоката Петрова Сергея Белова".  With no name after it the
 * office is held by no one named ("Адвокат Петрова заявил", "помощнику
 * Петровой"), unless the office's case lets the surname stand in apposition
 * to it ("по словам адвоката Петрова": the genitive), or the word may be a
 * woman's nominative and the verb after it agrees with a woman ("Адвокат
 * Петрова заявила"); a surname that does not decline takes the office's
 * case too, and is whose office it is only where the verb agrees with the
 * office, not with that person ("Адвокат Смит заявил" of Мария Смит).
 * Returns 1 when the word is such a surname, with the holder in *ent (or
 * -1), 0 when it is not.
 */
static int
story_possessor_holder(dx_doc *d, int end, int gcase, int *ent)
{
	const dx_tok *t = d->text.toks;
	int			n = d->text.ntoks,
				q = end + 1,
				as_nom = 0,
				gender = story_surname_genitive(d, end, &as_nom),
				verb;

	*ent = -1;
	/*
	 * "адвокат Асии Биби Саиф Уль-Малук": the person's given name in the
	 * genitive before the surname; the holder's name after them, read first
	 * so that the person's name is not read on into it
	 */
	if (gender == 0 && possessor_case(gcase) && given_in_genitive(d, end) && d->tokperson[end] < 0 &&
		q + 1 < n && t[q].sent == t[end].sent && story_surname_genitive(d, q, NULL) != 0 &&
		dx_is_cap_word(d, q + 1) && t[q + 1].sent == t[end].sent && (t[q + 1].flags & TF_SPACE) &&
		!(t[q + 1].flags & TF_NL))
	{
		if (d->tokperson[q + 1] < 0)
			dx_rule_person(d, q + 1, gcase, 1, ent);
		if (*ent >= 0 && (d->tokperson[q + 1] != *ent || !name_in_case(d, q + 1, *ent, gcase)))
			*ent = -1;
		return *ent >= 0;
	}
	if (gender == 0)
		return 0;
	if (q < n && t[q].sent == t[end].sent && dx_is_cap_word(d, q) && (t[q].flags & TF_SPACE) &&
		!(t[q].flags & TF_NL))
	{
		if (d->tokperson[q] >= 0)
			*ent = d->tokperson[q];
		else
			dx_rule_person(d, q, gcase, 1, ent);
		if (*ent >= 0 && (d->tokperson[q] != *ent || !name_in_case(d, q, *ent, gcase)))
			*ent = -1;
		return 1;
	}
	/* "Советник Петрова по экономике Олег Ветров" */
	if (q < n && (dx_tok_gram(d, q) & GR_P_PO))
	{
		*ent = holder_past_topic(d, q, gcase);
		return *ent >= 0 || possessor_case(gcase);
	}
	if (!possessor_case(gcase))
		return 0;
	verb = q < n && t[q].type == TK_WORD ? dx_past_gender(t[q].low) : 0;
	if (as_nom == 1 ? !(gcase == DX_NOM && verb != 0 && verb != gender) : (as_nom == 2 && gcase == DX_NOM && verb == DX_FEM))
		return 0;
	/* the person's mention, in the genitive: the persons' pass joins it to the full name */
	if (dx_span_kind_at(d, end) == LK_NONE)
	{
		int			p;

		dx_rule_person(d, end, DX_GEN, 1, &p);
	}
	return 1;
}

/* ---------------------------------------------------------------- passes */

/* do two to four capitalised words from token j end at a comma or a dash of the same sentence? */
static int
name_in_commas(const dx_doc *d, int j)
{
	const dx_tok *toks = d->text.toks;
	int			k = j;

	while (k < d->text.ntoks && k < j + 4 && toks[k].type == TK_WORD && (toks[k].flags & TF_CAP))
		k++;
	return k >= j + 2 && k < d->text.ntoks && toks[k].sent == toks[j].sent &&
		(dx_tok_punct(&toks[k], ',') || toks[k].type == TK_DASH);
}

/*
 * "сын судьи из окружения Каспарова": «из» after a noun among an
 * office's words [t1, end), not in a topic after «по» ("по вопросам
 * выхода из ЕС"), tells where the holder comes from: the name after them
 * is that place's (the possessor of окружения), no holder of the office.
 */
static int
from_words(const dx_doc *d, int t1, int end)
{
	int			k;

	for (k = t1; k < end && k < d->text.ntoks; k++)
		if (d->text.toks[k].type == TK_WORD && (dx_tok_gram(d, k) & GR_P_IZ) && !po_topic(d, t1, k) &&
			/* "главный врач одного из центров": a part of many, after a word that is no noun */
			k > 0 && tok_may_be(d, k - 1, DX_G(NOUN)))
			return 1;
	return 0;
}

/*
 * The person an office names from the token after its words (end):
 * "министр иностранных дел Литвы Габриэлюс Ландсбергис".  -1 when none, -2
 * when the name after it is a relative's of an unnamed holder
 * (relative_before_office).
 */
static int
holder_after(dx_doc *d, const dx_span *s, const lex_entry *oe, int end)
{
	int			n = d->text.ntoks,
				ent = -1,
				gcase = office_case(d, s, oe);

	int			gen = 0,
				body0 = -1,
				aged = past_age(d, end + 1);

	/*
	 * "Министр обороны — Ицунори Онодэра": a list of posts; "— 72-летний Таро
	 * Асо"; the age in apposition after a comma: "министр финансов, 45-летний
	 * Иван Петров,"
	 */
	if (end + 2 < n &&
		(d->text.toks[end].type == TK_DASH ||
		 (dx_tok_punct(&d->text.toks[end], ',') &&
		  (gcase == DX_NOM ||
		   /* "с министром финансов, 45-летним Иваном Петровым": the age in the office's case */
		   (gcase != DX_UNK && aged > end + 1 && tok_may_be(d, aged - 1, DX_G(ADJF) | case_gram(gcase)))))) &&
		aged > end + 1 && aged < n &&
		(d->text.toks[aged].flags & TF_CAP) &&
		(d->tokperson[aged] >= 0 || dx_tok_entry_kind(d, aged, LK_GIVEN) >= 0))
		end = aged;
	/*
	 * "Министр обороны Андорры, Иван Петров, заявил": opening the sentence,
	 * the name set off by commas after it
	 */
	else if (end + 3 < n && dx_tok_punct(&d->text.toks[end], ',') && gcase == DX_NOM &&
			 (d->text.toks[s->t0].flags & TF_FIRST) && (d->text.toks[end + 1].flags & TF_CAP) &&
			 (d->tokperson[end + 1] >= 0 || dx_tok_entry_kind(d, end + 1, LK_GIVEN) >= 0) &&
			 name_in_commas(d, end + 1))
		end++;
	else if (end + 1 < n && d->text.toks[end].type == TK_DASH && (d->text.toks[end + 1].flags & TF_CAP) &&
		(d->tokperson[end + 1] >= 0 || dx_tok_entry_kind(d, end + 1, LK_GIVEN) >= 0 ||
		 /* "Министр обороны — Ицунори Онодэра.": two capitalised words closing the sentence */
		 ((d->text.toks[s->t0].flags & TF_FIRST) && end + 3 < n && dx_is_cap_word(d, end + 1) &&
		  dx_is_cap_word(d, end + 2) && dx_span_kind_at(d, end + 1) == LK_NONE &&
		  /* "— Йосимаса Хаяси.": a surname the lexicon knows with another given name */
		  (dx_span_kind_at(d, end + 2) == LK_NONE || dx_span_kind_at(d, end + 2) == LK_SURNAME) &&
		  dx_tok_punct(&d->text.toks[end + 3], '.'))))
		end++;
	/* "министр г-н Сидоров", "посол госпожа Петрова": a form of address before the name */
	if (end < n)
		end = honorific_end(d, end);
	/* "лидер партии Хизб-ут-Тахрир Омар Бакри": the body's own name before the holder's */
	if (end < n)
	{
		body0 = end;
		end = dx_holder_past_body_name(d, end);
	}
	/* "охранять губернаторов⏎Владимир Путин": not across a sentence, not of many */
	if (end < n && s->t1 > 0 && d->text.toks[end].sent != d->text.toks[s->t1 - 1].sent)
		return -1;
	if (end < n && d->tokperson[end] >= 0 && names_many(d, s))
		return -1;
	/*
	 * "сына судьи из окружения Каспарова": the office's words end at "из"
	 * (office_complement); the name after "из" and its noun, in the
	 * genitive that noun governs, is a person of that circle, who holds no
	 * office here
	 */
	if (end == s->t1 && end + 2 < n && (dx_tok_gram(d, end) & GR_P_IZ) && d->text.toks[end + 1].type == TK_WORD &&
		!(d->text.toks[end + 1].flags & TF_CAP) && dx_genitive_form(&d->text.toks[end + 1]) &&
		(d->text.toks[end + 2].flags & TF_CAP) && d->text.toks[end + 2].sent == d->text.toks[end].sent &&
		d->tokperson[end + 2] < 0)
	{
		/* a person the lexicon knows is found by the persons' pass */
		if (dx_span_kind_at(d, end + 2) == LK_NONE || dx_span_kind_at(d, end + 2) == LK_GIVEN)
			dx_rule_person(d, end + 2, DX_GEN, 1, &ent);
		return -1;
	}
	/*
	 * "лидера протестующих против освобождения Асии Биби": a name right
	 * after a preposition of a clause's sense (not по, при, на, в, с, от)
	 * and its noun is that noun's object in the genitive, not the holder
	 */
	if (end >= s->t1 + 2 && end < n && (dx_tok_gram(d, end - 2) & OBJECT_PREPS) &&
		d->text.toks[end - 1].type == TK_WORD && !(d->text.toks[end - 1].flags & TF_CAP) &&
		tok_may_be(d, end - 1, DX_G(NOUN)) && (d->text.toks[end].flags & TF_CAP) &&
		d->text.toks[end].sent == d->text.toks[end - 1].sent)
	{
		if (d->tokperson[end] < 0 && (dx_span_kind_at(d, end) == LK_NONE || dx_span_kind_at(d, end) == LK_GIVEN))
			dx_rule_person(d, end, DX_GEN, 1, &ent);
		return -1;
	}
	/* "Адвокат Петрова Сергей Белов" after "Ивана Петрова": Петров's lawyer */
	if (end < n && !names_many(d, s) && story_possessor_holder(d, end, gcase, &ent))
		return ent;
	/* "Помощник Петрова Белов" of no one named before */
	if (end < n && !names_many(d, s) && surname_possessor_holder(d, s, end, gcase, &ent))
		return ent;
	if (end < n && (d->tokperson[end] >= 0 ||
					(dx_span_kind_at(d, end) == LK_SURNAME &&
		/* "Мустафа Джемилев": a known surname that is a given name before a name */
					 !(dx_tok_entry_kind(d, end, LK_GIVEN) >= 0 && dx_name_free(d, end + 1)) &&
		/* "шейх Хамад бен Джасем": a given name an Arabic name goes on from */
					 !(dx_tok_entry_kind(d, end, LK_GIVEN) >= 0 && end + 2 < n &&
					   dx_tok_has_cue(d, end + 1, CUE_NAME_LINK) && dx_name_free(d, end + 2)))))
	{
		ent = d->tokperson[end];
		if (ent < 0)
			ent = dx_lexicon_person(d, end, d->spans[d->tokspan[end]].t1, d->spans[d->tokspan[end]].entry);
	}
	else if (end < n && !names_many(d, s) && !body_name_after_office(d, end) && !thing_before_name(d, end))
	{
		/* "советник Карла Сеппа": a given name in the genitive */
		gen = possessor_case(gcase) && (given_in_genitive(d, end) || rank_in_genitive(d, end)) &&
			!given_in_office_case(d, end, gcase);
		/* "замдиректора Сергея Копылова": an office showing no case takes the name's */
		dx_rule_person(d, end, gen || (gcase == DX_UNK && given_in_genitive(d, end)) ? DX_GEN : gcase, 1, &ent);
	}
	/* the body's name, read as one, is no person's: no later rule takes its words */
	if (ent >= 0 && body0 >= 0 && body0 < end && d->tokbody)
	{
		int			k;

		for (k = body0; k < end; k++)
			d->tokbody[k] = 1;
	}
	/*
	 * "Министр обороны Андорры Ивану Петрову вручил награду": a given name
	 * in the dative or instrumental after an office in the nominative is
	 * the object of the verb after, not the holder
	 */
	if (ent >= 0 && gcase == DX_NOM && given_oblique(d, end) && !given_in_genitive(d, end))
		return -1;
	/*
	 * an office governed by the one before it ("советник президента Джон
	 * Болтон") is of a person in the genitive only: the name in the
	 * nominative holds the governing office
	 */
	if (ent >= 0 && governing_office(d, s) && !possessor(d, end, ent) && !given_in_genitive(d, end))
		return -1;
	if (ent >= 0 && relative_before_office(d, s, end, ent))
		return -2;
	/* "Указом президента Андрей Воробьёв освобождён": a subject, no apposition */
	if (ent >= 0 && d->tokperson[end] == ent && oblique_office_nominative_name(d, s, gcase, end, ent))
		return -1;
	if (ent >= 0 && d->tokperson[end] == ent && dative_name_after_genitive_office(d, gcase, end, ent))
		return -1;
	/* "стал советником Дональда Трампа": the office of that person, held by the subject */
	if (ent >= 0 && d->tokperson[end] == ent && possessor_of_linked_office(d, s, end, ent))
		return -1;
	/*
	 * "глава комитета по этике при президенте Пётр Иванов": a name in the
	 * nominative after an office in the prepositional case is no apposition
	 * of it ("при президенте Петре Иванове" would be)
	 */
	if (ent >= 0 && gcase == DX_PREP && given_nominative(d, end) && !given_oblique(d, end))
		return -1;
	if (ent >= 0 &&
		(from_words(d, s->t1, end) ||
		 (possessor_case(gcase) &&
		  (gen || (possessor(d, end, ent) && !given_in_office_case(d, end, gcase)) ||
		   (gcase == DX_NOM && verb_disagrees(d, end, ent)))) ||
		 (end == s->t1 && head_possessor(d, oe, ent, gcase)) ||
		 undeclined_possessor(d, end, ent, gcase)))
	{
		/*
		 * "советник Трампа": the office of that person, but its words may
		 * go on to the name: "советник президента Дональда Трампа по
		 * национальной безопасности Джон Болтон"
		 */
		int			q = end;
		int			p = ent;

		while (q < n && d->tokperson[q] == p)
			q++;
		ent = -1;
		if (q < n && (dx_tok_gram(d, q) & GR_P_PO))
			ent = holder_past_topic(d, q, gcase);
		else
			ent = holder_past_possessor(d, end, p, gcase, (d->text.toks[s->t0].flags & TF_FIRST) != 0);
	}
	/* "с помощником Ивана Петрова Петром Сидоровым": the office of the first, held by the second */
	else if (ent >= 0 && (gcase == DX_GEN || gcase == DX_ACC || gcase == DX_INS) && d->tokperson[end] == ent &&
			 possessor(d, end, ent))
	{
		int			h = holder_past_possessor(d, end, ent, gcase, 0);

		if (h >= 0)
			ent = h;
	}
	/*
	 * "представителя премьера Терезы Мэй": a person the lexicon knows in
	 * the office governed is its holder, not this office's
	 */
	if (ent >= 0 && governed_office(d, s->t1) && !d->ents[ent].role_from_text && d->ents[ent].role_class &&
		dx_entry(d, governed_office(d, s->t1)->entry)->code &&
		strcmp(d->ents[ent].role_class, dx_entry(d, governed_office(d, s->t1)->entry)->code) == 0)
		ent = -1;
	return ent;
}

/*
 * The word of appointment (назначен, утверждённый) that an office or post
 * at token j, before span s, follows, past the date, the number and the
 * lower-case words of its agent ("утверждённый 26 декабря 2012 года
 * парламентом на пост"): its token, or -1.
 */
static int
appointing_word(const dx_doc *d, const dx_span *s, int j)
{
	const dx_tok *toks = d->text.toks;
	int			k;

	for (k = j; k >= 0 && k >= j - 8 && toks[k].sent == toks[s->t0].sent; k--)
	{
		if (dx_tok_has_cue(d, k, CUE_APPOINTED) || dx_tok_has_cue(d, k, CUE_ENTER_POST))
			return k;
		if (toks[k].type == TK_NUM)
			continue;
		if (toks[k].type != TK_WORD || (toks[k].flags & TF_CAP) || dx_span_kind_at(d, k) == LK_OFFICE ||
			d->tokname[k] >= 0 || dx_verb_form(&toks[k]) ||
			(dx_tok_gram(d, k) & (GR_PRON | GR_POSS | GR_DEMO | GR_REL | GR_CONJ | GR_PREP)))
			return -1;
	}
	return -1;
}

/* can the dictionary read token j as a noun and not as an adjective (заявление)? */
static int
noun_only(const dx_doc *d, int j)
{
	return tok_may_be(d, j, DX_G(NOUN)) && !tok_may_be(d, j, DX_G(ADJF));
}

/*
 * Does the office at span s stand in apposition, its phrase closed by a
 * punctuation mark (or the sentence's end) with no verb before it?  "Как
 * сообщил Петров, министр готовит ..." opens a clause of its own instead.
 */
static int
apposition_closes(const dx_doc *d, const dx_span *s)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				q;

	for (q = s->t1; q < n && q < s->t1 + 16 && toks[q].sent == toks[s->t0].sent; q++)
	{
		if (toks[q].type == TK_PUNCT || toks[q].type == TK_DASH)
			break;
		if (toks[q].type == TK_WORD && !(toks[q].flags & TF_CAP) &&
			(dx_verb_form(&toks[q]) || verb_like(&toks[q]) || short_participle(&toks[q])))
			return 0;
	}
	return q < s->t1 + 16;
}

/*
 * "Иван Петров, ныне министр обороны,", "Мария Орлова — сейчас глава
 * комиссии": an adverb of the present (class now_adverb) between a name's
 * comma or dash and the office said of it; the office is held now.  Only in
 * an apposition (apposition_closes).  j is the token before the office, past
 * its adjectives; returns the token before the adverb, or j.
 */
static int
before_now_adverb(const dx_doc *d, const dx_span *s, int j)
{
	const dx_tok *toks = d->text.toks;

	if (j < 1 || toks[j].type != TK_WORD || !dx_tok_has_cue(d, j, CUE_NOW_ADVERB) || toks[j].sent != toks[s->t0].sent)
		return j;
	return apposition_closes(d, s) ? j - 1 : j;
}

/*
 * "По словам Ивана Петрова, министр финансов готовит ...", "Следуя
 * предложению Ивана Петрова, депутаты собрания приняли ...": an office in
 * the nominative after a comma is no apposition of a name before it in the
 * genitive, which an apposition would agree with; it opens a clause of its
 * own.  k is the name's last token.
 */
static int
apposition_disagrees(const dx_doc *d, const dx_span *s, int k)
{
	int			ent = d->tokname[k],
				f = k;

	if (d->tokperson[k] != ent)
		return 0;
	while (f > 0 && d->tokperson[f - 1] == ent)
		f--;
	return (office_case(d, s, dx_entry(d, s->entry)) == DX_NOM ||
			/* "депутаты": a plural in the nominative, never the genitive */
			(names_many(d, s) && tok_may_be(d, s->t0, DX_G(NOUN) | DX_G(nomn) | DX_G(plur)) &&
			 !tok_may_be(d, s->t0, DX_G(NOUN) | DX_G(gent)))) &&
		possessor(d, f, ent);
}

/*
 * A time said before token j+1, read backwards from j: "с 2019 года", "уже
 * пять лет", "с марта": numbers, years, prepositions and adverbs, with a
 * number or a year among them.  Returns the token before it, or j when there
 * is none.
 */
static int
time_before(const dx_doc *d, int j)
{
	const dx_tok *toks = d->text.toks;
	int			q = j,
				timed = 0;

	while (q > j - 5 && q >= 2 && toks[q].sent == toks[j].sent &&
		   (toks[q].type == TK_NUM || dx_tok_has_cue(d, q, CUE_YEAR_WORD) ||
			(toks[q].type == TK_WORD && !(toks[q].flags & TF_CAP) && !dx_tok_has_cue(d, q, CUE_HOLDS_POST) &&
			 ((dx_tok_gram(d, q) & GR_PREP) || tok_may_be(d, q, DX_G(ADVB)) || tok_may_be(d, q, DX_G(NUMR))))))
	{
		timed |= toks[q].type == TK_NUM || dx_tok_has_cue(d, q, CUE_YEAR_WORD);
		q--;
	}
	return timed ? q : j;
}

/*
 * "Иван Петров по-прежнему занимает", "Мария Орлова до сих пор остаётся",
 * "Пётр Сидоров сейчас работает": the words of a phrase of the time still
 * going on (class still_adverb, with the hyphen of по-прежнему), of the
 * present (now_adverb) or «также» ("Иван Петров также является"), up to
 * three words, that end at token j, before a verb.  Returns the token before them, or j when there are none.
 */
static int
before_still_adverb(const dx_doc *d, int j)
{
	const dx_tok *toks = d->text.toks;
	int			k = j,
				words = 0;

	while (k > 0 && words < 3 && d->tokname[k] < 0 &&
		   ((toks[k].type == TK_WORD && !(toks[k].flags & TF_CAP) &&
			 (dx_tok_has_cue(d, k, CUE_STILL_ADVERB) || dx_tok_has_cue(d, k, CUE_NOW_ADVERB) ||
			  (dx_tok_gram(d, k) & GR_ALSO))) ||
			(toks[k].type == TK_HYPHEN && k < j)))
	{
		words += toks[k].type == TK_WORD;
		k--;
	}
	return k < j && toks[k + 1].type != TK_HYPHEN ? k : j;
}

/*
 * "в марте", "в 2019 году", "в понедельник": a preposition and up to three
 * lower-case words or numbers after it (no verb, name or office) ending at
 * token j, an adverbial between a verb and its subject or office.  Returns
 * the token before the preposition, or j.
 */
static int
before_adverbial_phrase(const dx_doc *d, int j)
{
	const dx_tok *toks = d->text.toks;
	int			k;

	for (k = j; k > 0 && k >= j - 3; k--)
	{
		if (k < j && toks[k].type == TK_WORD && !(toks[k].flags & TF_CAP) && (dx_tok_gram(d, k) & GR_PREP))
			return k - 1;
		/* "назначат", "изберут": the verbs of appointing the endings do not tell */
		if (toks[k].sent != toks[j].sent || d->tokname[k] >= 0 || dx_span_kind_at(d, k) != LK_NONE ||
			dx_tok_has_cue(d, k, CUE_POST_NOUN) || dx_tok_has_cue(d, k, CUE_APPOINT_VERB) ||
			!(toks[k].type == TK_NUM ||
			  (toks[k].type == TK_WORD && !(toks[k].flags & TF_CAP) && !dx_verb_form(&toks[k]) &&
			   !(dx_tok_gram(d, k) & (GR_PREP | GR_CONJ | GR_PRON | GR_POSS | GR_REL | GR_WHICH)))))
			return j;
	}
	return j;
}

/* one lower-case word at token j that is no verb, function word or name: its token before, or j */
static int
before_one_adverb(const dx_doc *d, int j)
{
	const dx_tok *toks = d->text.toks;

	if (j > 0 && d->tokname[j] < 0 && toks[j].type == TK_WORD && !(toks[j].flags & TF_CAP) &&
		!dx_verb_form(&toks[j]) && !dx_function_word(toks[j].low) && !(dx_tok_gram(d, j) & (GR_WHICH | GR_REL)))
		return j - 1;
	return j;
}

/*
 * The adverb between a verb and its subject, j the token before the verb:
 * a phrase of before_still_adverb; else an adverbial phrase and one word
 * (before_adverbial_phrase, before_one_adverb) in either order: "Адамс
 * тогда был", "Мердок вновь переизбран", "Петров в марте был назначен",
 * "Петров в понедельник вступил".  Returns the token before it, or j.
 */
static int
before_verb_adverb(const dx_doc *d, int j)
{
	int			k = before_still_adverb(d, j);

	if (k < j)
		return k;
	k = before_adverbial_phrase(d, j);
	if (k < j)
		return before_one_adverb(d, k);
	k = before_one_adverb(d, j);
	/* "Петров в Лондоне был назначен": был reads as an adverb, the adverbial before it */
	if (k < j)
	{
		int			tk = before_time_adverbial(d, k),
					pk = before_adverbial_phrase(d, k);

		k = tk < pk ? tk : pk;
	}
	/* "Иван Петров 17 мая назначен", "Иван Петров в среду вечером избран": the longer reading */
	{
		int			tj = before_time_adverbial(d, j);

		return tj < k ? tj : k;
	}
}

/*
 * "назначенный в марте министром", "назначен в понедельник на пост": the
 * verb of appointment, taking or holding a post before an adverbial phrase
 * ending at token j, before the office or post.  Returns the verb's token,
 * or j.
 */
static int
verb_before_adverbial(const dx_doc *d, int j)
{
	int			k = before_adverbial_phrase(d, j);

	if (k < j && k >= 0 &&
		(dx_tok_has_cue(d, k, CUE_LINK_VERB) || dx_tok_has_cue(d, k, CUE_APPOINTED) ||
		 dx_tok_has_cue(d, k, CUE_ENTER_POST)))
		return k;
	return j;
}

/*
 * "Иван Петров, вновь избранный председателем парламента,": a participle
 * of appointment (appointed, enter_post, link_verb) after an adverb (j), the
 * name's comma before, the office in the instrumental.  Returns the token
 * of the name, or -1.
 */
static int
appointed_after_adverb(const dx_doc *d, const dx_span *s, int j)
{
	const dx_tok *toks = d->text.toks;
	int			k;

	if (j < 2 || j + 1 >= s->t0 || toks[j].sent != toks[s->t0].sent || !tok_may_be(d, j + 1, DX_G(PRTF)) ||
		!(dx_tok_has_cue(d, j + 1, CUE_APPOINTED) || dx_tok_has_cue(d, j + 1, CUE_ENTER_POST) ||
		  dx_tok_has_cue(d, j + 1, CUE_LINK_VERB)))
		return -1;
	k = before_verb_adverb(d, j);
	if (k == j || k < 1 || !dx_tok_punct(&toks[k], ',') || d->tokname[k - 1] < 0 ||
		office_case(d, s, dx_entry(d, s->entry)) != DX_INS)
		return -1;
	return k - 1;
}

/*
 * "который назначен", "который был избран", "который вступил": a verb of
 * appointment or of taking a post (classes appointed, enter_post) after
 * «который»; not a participle (назначенный follows the name's comma as
 * link verbs do).
 */
static int
appointed_in_clause(const dx_doc *d, int j)
{
	return (dx_tok_has_cue(d, j, CUE_APPOINTED) || dx_tok_has_cue(d, j, CUE_ENTER_POST)) &&
		!tok_may_be(d, j, DX_G(PRTF));
}

/*
 * «который» at token j, after the name before its comma, whose gender it
 * cannot have in the nominative singular: "жена Ивана Петрова, которая" is
 * the wife, "сын Анны Беловой, который" the son.
 */
static int
relative_disagrees(const dx_doc *d, int j)
{
	int			g;

	if (j < 2 || !(dx_tok_gram(d, j) & GR_WHICH) || d->tokperson[j - 2] < 0)
		return 0;
	g = d->ents[d->tokperson[j - 2]].gender;
	return (g == DX_MASC && !tok_may_be(d, j, DX_G(nomn) | DX_G(sing) | DX_G(masc))) ||
		(g == DX_FEM && !tok_may_be(d, j, DX_G(nomn) | DX_G(sing) | DX_G(femn)));
}

/*
 * "который недавно стал", "который в настоящее время занимает", "который в
 * марте был назначен": «который» before the verb at token a (and before the
 * auxiliary of a passive, when passive), adverbs between (before_verb_adverb).
 * Its token, or -1.
 */
static int
which_before_adverb(const dx_doc *d, int a, int passive)
{
	int			k = a - 1;

	if (passive && k >= 1 && (dx_tok_gram(d, k) & GR_AUX))
		k--;
	k = before_verb_adverb(d, k);
	return k >= 0 && k < a - 1 && (dx_tok_gram(d, k) & GR_WHICH) ? k : -1;
}

/*
 * "Андрей Кузнецов, занимающий пост министра финансов,", "Олег Сидоров,
 * который является председателем парламента,": an office in a participle or
 * relative clause after a name and a comma, of a verb of holding a post now
 * (not занимавший, являвшийся: an office held once).  j is the token before
 * the office, past a post noun when post (the office then in the genitive,
 * else in the instrumental).  Returns the token of the name, or -1.
 */
static int
holder_of_clause(const dx_doc *d, const dx_span *s, int j, int post)
{
	const dx_tok *toks = d->text.toks;
	int			gcase,
				a;

	if (j < 2 || toks[j].type != TK_WORD || toks[j].sent != toks[s->t0].sent ||
		!(dx_tok_has_cue(d, j, CUE_HOLDS_POST) || appointed_in_clause(d, j)))
		return -1;
	gcase = office_case(d, s, dx_entry(d, s->entry));
	if (gcase != (post ? DX_GEN : DX_INS))
		return -1;
	/* "который сейчас является", "сейчас занимающий": an adverb of the present */
	a = j >= 3 ? before_still_adverb(d, j - 1) + 1 : j;
	/* "который был назначен": the auxiliary of a passive */
	if (a >= 3 && (dx_tok_gram(d, a - 1) & GR_AUX) && (dx_tok_gram(d, a - 2) & GR_WHICH) &&
		appointed_in_clause(d, j))
		a--;
	if (dx_tok_gram(d, a - 1) & GR_WHICH)
		j = a - 1;				/* "который занимает" */
	else if (time_before(d, a - 1) < a - 1 && (dx_tok_gram(d, time_before(d, a - 1)) & GR_WHICH))
		j = time_before(d, a - 1);	/* "который с 2019 года занимает" */
	else if (which_before_adverb(d, a, appointed_in_clause(d, j)) >= 0)
		j = which_before_adverb(d, a, appointed_in_clause(d, j));	/* "который недавно стал" */
	else if (tok_may_be(d, j, DX_G(PRTF)))
		j = a;					/* "занимающий": a participle */
	else
		return -1;
	if (j < 2 || !dx_tok_punct(&toks[j - 1], ',') || d->tokname[j - 2] < 0 || relative_disagrees(d, j))
		return -1;
	return j - 2;
}

/*
 * "Иван Петров (Ivan Petrov), министр", "Иван Петров (Ivan Petrov) —
 * министр", "Иван Петров (на фото), народный депутат": the closing bracket
 * before the office at span s, past up to two adjectives before its head
 * after a comma or a dash (*comma set then), or right before it.  Its
 * token, or -1.
 */
static int
bracket_before(const dx_doc *d, const dx_span *s, int *comma)
{
	const dx_tok *toks = d->text.toks;
	int			j = s->t0 - 1;

	*comma = 0;
	while (j >= 0 && j >= s->t0 - 2 && toks[j].type == TK_WORD && !(toks[j].flags & TF_CAP) &&
		   d->tokspan[j] < 0 && dx_adjective_form(&toks[j]) && !noun_only(d, j))
		j--;
	if (j >= 1 && (dx_tok_punct(&toks[j], ',') || toks[j].type == TK_DASH))
	{
		*comma = 1;
		j--;
	}
	else if (j != s->t0 - 1)
		return -1;
	return j >= 0 && dx_tok_punct(&toks[j], ')') ? j : -1;
}

/*
 * "По словам Хиллари Клинтон, стал госсекретарем ее соратник": a verb whose
 * gender the dictionary tells (стал, назначена) and the person's gender
 * differ, so the name is not the verb's subject.
 */
static int
verb_gender_differs(const dx_doc *d, int v, int ent)
{
	int			g = d->ents[ent].gender,
				masc = tok_may_be(d, v, DX_G(masc)),
				femn = tok_may_be(d, v, DX_G(femn));

	return (g == DX_MASC && femn && !masc) || (g == DX_FEM && masc && !femn);
}

/*
 * "Иван Петров вступил в должность", "заступила на пост": a finite verb of
 * taking a post (class enter_post; not the participle вступивший, which
 * follows the name's comma as назначенный does).
 */
static int
finite_enter_post(const dx_doc *d, int j)
{
	return dx_tok_has_cue(d, j, CUE_ENTER_POST) && !tok_may_be(d, j, DX_G(PRTF));
}

/*
 * "Президент назначил Ивана Петрова министром финансов", "избрали Анну
 * Петрову на пост председателя", "утвердил Олега Сидорова в должности
 * министра": the object of an active verb of appointing (class
 * appoint_verb), a name not in the nominative right before the office in
 * the instrumental or the post (the office then in the genitive).  j is the
 * token before the office, or before the post noun and its preposition when
 * post.  Returns the name's last token, or -1.
 */
static int
appointed_object(const dx_doc *d, const dx_span *s, int j, int post)
{
	const dx_tok *toks = d->text.toks;
	int			ent,
				f;

	if (post && j >= 1 && (dx_tok_gram(d, j) & GR_P_V))
		j--;
	if (j < 1 || office_case(d, s, dx_entry(d, s->entry)) != (post ? DX_GEN : DX_INS))
		return -1;
	/* "назначил Ивана Петрова в понедельник министром", "временно исполняющим" */
	if (d->tokname[j] < 0)
	{
		int			a = before_time_adverbial(d, j);

		if (a < j && a >= 0 && d->tokname[a] >= 0)
			j = a;
	}
	if (j < 1 || d->tokname[j] < 0)
		return -1;
	ent = d->tokname[j];
	for (f = j; f > 0 && d->tokname[f - 1] == ent; f--)
		;
	/*
	 * "назначил генерал-майора Петра Сидорова министром обороны": a rank
	 * before the object, or an age ("назначил 44-летнего Петра Сидорова")
	 */
	if (f >= 2 && rank_word(d, f - 1) && toks[f - 1].sent == toks[j].sent)
	{
		f--;
		if (f >= 3 && toks[f - 1].type == TK_HYPHEN && !(toks[f - 1].flags & TF_SPACE) &&
			toks[f - 2].type == TK_WORD && !(toks[f - 2].flags & TF_CAP))
			f -= 2;
	}
	f = age_before(d, f);
	/* "назначил в понедельник Ивана Петрова": an adverbial before the object */
	if (f >= 2)
		f = before_time_adverbial(d, f - 1) + 1;
	if (f < 1 || toks[f - 1].sent != toks[j].sent || toks[f - 1].type != TK_WORD ||
		!dx_tok_has_cue(d, f - 1, CUE_APPOINT_VERB))
		return -1;
	/* "не назначил Ивана Петрова министром": the office is not given */
	if (f >= 2 && toks[f - 2].type == TK_WORD && (dx_tok_gram(d, f - 2) & GR_NOT))
		return -1;
	/* the object shows its case: Ивана Петрова, Анну Петрову (not Шойгу) */
	if (d->ents[ent].surname == NULL || strcmp(toks[j].low, d->ents[ent].surname) == 0 ||
		dx_case_of(toks[j].low, d->ents[ent].surname) == DX_NOM)
		return -1;
	return j;
}

/*
 * Does the name of entity ent from token f to token l show the accusative
 * (or the genitive, alike in a man's name): its surname's ending ("Ивана
 * Петрова", "Анну Петрову", "Зеленского"), or, the surname not declining,
 * the given name's ("Сергея Шойгу"), and no other case?
 */
static int
name_accusative(const dx_doc *d, int f, int l, int ent)
{
	const dx_ent *e = &d->ents[ent];
	const char *low = d->text.toks[l].low;
	int			cs = DX_UNK,
				cg = DX_UNK;

	if (e->surname == NULL || d->tokperson[f] != ent)
		return 0;
	name_cases(d, f, ent, &cs, &cg);
	if (cs == DX_UNK && strcmp(low, e->surname) != 0)
		cs = dx_adjective_case_of_lemma(low, e->surname);
	if (cs != DX_UNK && cs != DX_GEN && cs != DX_ACC)
		return 0;
	if (cg != DX_UNK && cg != DX_GEN && cg != DX_ACC)
		return 0;
	return cs != DX_UNK || (cg != DX_UNK && strcmp(low, e->surname) == 0);
}

/* does token k mark the start of a clause in sentence sent: out of it, a punctuation mark, a conjunction? */
static int
clause_mark(const dx_doc *d, int k, int sent)
{
	const dx_tok *toks = d->text.toks;

	return k < 0 || toks[k].sent != sent || toks[k].type == TK_PUNCT || toks[k].type == TK_DASH ||
		(toks[k].type == TK_WORD && (dx_tok_gram(d, k) & (GR_AND | GR_CONJ)));
}

/*
 * Does a name starting at token k+1 open its clause: after the clause's
 * start (clause_mark), or after an adverb or a phrase of time that opens it,
 * of up to four words, numbers and no name ("Вчера", "В 2017 году", "а в
 * понедельник"); not after a noun it depends on ("Указом президента")?
 */
static int
opens_clause_before(const dx_doc *d, int k, int sent)
{
	const dx_tok *toks = d->text.toks;
	int			q;

	if (clause_mark(d, k, sent))
		return 1;
	for (q = k; q >= 0 && q > k - 4; q--)
	{
		if (clause_mark(d, q - 1, sent))
			return toks[q].type == TK_WORD && ((dx_tok_gram(d, q) & GR_PREP) ||
											   (tok_may_be(d, q, DX_G(ADVB)) && !tok_may_be(d, q, DX_G(NOUN))));
		if (!(toks[q].type == TK_NUM || toks[q].type == TK_HYPHEN ||
			  (toks[q].type == TK_WORD && !(toks[q].flags & TF_CAP) && d->tokname[q] < 0 &&
			   dx_span_kind_at(d, q) == LK_NONE && !dx_verb_form(&toks[q]) &&
			   !(dx_tok_gram(d, q) & (GR_PRON | GR_POSS | GR_REL | GR_WHICH)))))
			return 0;
	}
	return 0;
}

/*
 * "Ивана Петрова назначили министром финансов", "Анну Петрову избрали на
 * пост председателя", "Сидорова утвердили в должности прокурора", "Ивана
 * Петрова назначил министром указ президента": the object of an active verb
 * of appointing (class appoint_verb) told before it, Russian word order
 * being free, its name showing a case other than the nominative (the
 * accusative), the name opening its clause (not "указом президента Ивана
 * Петрова назначили").  j is the token before the office, or before the
 * post noun and its preposition when post.  Returns the name's last token,
 * or -1.
 */
static int
fronted_object(const dx_doc *d, const dx_span *s, int j, int post)
{
	const dx_tok *toks = d->text.toks;
	int			sent = toks[s->t0].sent,
				ent,
				f;

	if (post && j >= 1 && (dx_tok_gram(d, j) & GR_P_V))
		j--;
	/* "назначили в понедельник министром" */
	j = before_adverbial_phrase(d, j);
	if (j < 1 || toks[j].sent != sent || toks[j].type != TK_WORD || (toks[j].flags & TF_CAP) ||
		!dx_tok_has_cue(d, j, CUE_APPOINT_VERB) ||
		office_case(d, s, dx_entry(d, s->entry)) != (post ? DX_GEN : DX_INS))
		return -1;
	/* "Ивана Петрова в понедельник назначили" */
	j = before_verb_adverb(d, j - 1);
	if (j < 0 || toks[j].sent != sent || d->tokname[j] < 0)
		return -1;
	ent = d->tokname[j];
	for (f = j; f > 0 && d->tokname[f - 1] == ent; f--)
		;
	if (!name_accusative(d, f, j, ent))
		return -1;
	/* "генерала Петра Сидорова назначили", "44-летнего Петра Сидорова": a rank or an age before the name */
	if (f >= 1 && rank_word(d, f - 1) && toks[f - 1].sent == sent)
		f--;
	f = age_before(d, f);
	return opens_clause_before(d, f - 1, sent) ? j : -1;
}

/*
 * Is the office at span s, right after a verb of appointing or its post
 * (на пост, в должности), the office of the object told before the verb
 * (fronted_object): "Ивана Петрова назначила министром Мария Орлова", the
 * name after it the verb's subject?
 */
static int
fronted_before(const dx_doc *d, const dx_span *s)
{
	int			j = s->t0 - 1,
				post = 0;

	if (j >= 2 && dx_tok_has_cue(d, j, CUE_POST_NOUN) && (dx_tok_gram(d, j - 1) & (GR_P_NA | GR_P_V)))
	{
		post = 1;
		j -= (dx_tok_gram(d, j - 1) & GR_P_NA) ? 2 : 1;
	}
	return fronted_object(d, s, j, post) >= 0;
}

/*
 * "избранный парламентом президентом", "назначен указом президента
 * министром": the agent of a verb of appointment (class appointed), a noun
 * in the instrumental with an adjective before it and up to two words in the
 * genitive after it (no name), between the verb and the office or post ending
 * at token j.  Returns the verb's token, or j.
 */
static int
verb_before_agent(const dx_doc *d, int j)
{
	const dx_tok *toks = d->text.toks;
	int			k = j,
				g,
				noun = 0;

	/* "указом президента", "распоряжением правительства": the agent's own genitive */
	while (k > 0 && k > j - 2 && toks[k].type == TK_WORD && !(toks[k].flags & TF_CAP) && d->tokname[k] < 0 &&
		   toks[k].sent == toks[j].sent && tok_may_be(d, k, DX_G(gent)) && !tok_may_be(d, k, DX_G(ablt)) &&
		   !dx_verb_form(&toks[k]) && !(dx_tok_gram(d, k) & (GR_PREP | GR_CONJ | GR_PRON | GR_REL | GR_WHICH)))
		k--;
	g = k;
	for (; k > 0 && k >= g - 1; k--)
	{
		if (toks[k].type != TK_WORD || toks[k].sent != toks[j].sent || d->tokname[k] >= 0 ||
			dx_span_kind_at(d, k) == LK_OFFICE || dx_verb_form(&toks[k]) ||
			!tok_may_be(d, k, DX_G(ablt)) || (dx_tok_gram(d, k) & (GR_PREP | GR_CONJ | GR_PRON | GR_REL | GR_WHICH)))
			break;
		noun |= k == g && tok_may_be(d, k, DX_G(NOUN) | DX_G(ablt));
	}
	if (noun && k < g && k >= 0 && toks[k].type == TK_WORD && dx_tok_has_cue(d, k, CUE_APPOINTED) &&
		!(toks[k].flags & TF_CAP))
		return k;
	return j;
}

/*
 * "приступил к исполнению обязанностей губернатора", "приступил к
 * обязанностям": the duties (class duty_noun) of the office after them,
 * after «к» and a verb of taking a post (enter_post), j the token before the
 * office.  Returns the verb's token, or -1.
 */
static int
duties_taken(const dx_doc *d, int j)
{
	const dx_tok *toks = d->text.toks;
	int			k = j;

	while (k >= 0 && k > j - 2 && toks[k].type == TK_WORD && dx_tok_has_cue(d, k, CUE_DUTY_NOUN))
		k--;
	if (k == j || k < 1 || !(dx_tok_gram(d, k) & GR_P_K) || !dx_tok_has_cue(d, k - 1, CUE_ENTER_POST))
		return -1;
	return k - 1;
}

static const char *hyphen_prefix(const dx_doc *d, const dx_span *s);

/*
 * "Он", "она" opening a sentence, past a time ("С 2019 года он"), an
 * adverb of the present or of the time going on ("Сейчас он") or an
 * adverbial phrase ("В марте она"), at token p: the subject of the
 * sentence, standing for a person of the sentence before
 * (pronoun_antecedent).  Not a lone adverb: "Ранее он" tells of the past.
 */
static int
sentence_pronoun(const dx_doc *d, int p)
{
	const dx_tok *toks = d->text.toks;
	int			f = p,
				k,
				prep = 0;

	if (p < 1 || toks[p].type != TK_WORD || !(dx_tok_gram(d, p) & GR_PERS3) ||
		!(dx_tok_gram(d, p) & (GR_MASC | GR_FEM)))
		return 0;
	while (f > 0 && f > p - 6 && toks[f - 1].sent == toks[p].sent)
		f--;
	if (f == 0 || toks[f - 1].sent == toks[p].sent)
		return 0;
	/* the words before it, capitalised only as the sentence's first */
	for (k = f; k < p; k++)
	{
		if (toks[k].type == TK_NUM || toks[k].type == TK_HYPHEN || dx_tok_has_cue(d, k, CUE_YEAR_WORD) ||
			dx_tok_has_cue(d, k, CUE_NOW_ADVERB) || dx_tok_has_cue(d, k, CUE_STILL_ADVERB))
			continue;
		if (toks[k].type != TK_WORD || ((toks[k].flags & TF_CAP) && k > f) || d->tokname[k] >= 0 ||
			dx_span_kind_at(d, k) != LK_NONE)
			return 0;
		if (dx_tok_gram(d, k) & GR_PREP)
			prep = 1;
		/* "в марте", "в понедельник": a noun of an adverbial phrase */
		else if (!prep || dx_verb_form(&toks[k]) || verb_like(&toks[k]) ||
				 (dx_tok_gram(d, k) & (GR_CONJ | GR_PRON | GR_POSS | GR_REL | GR_WHICH)))
			return 0;
	}
	return 1;
}

/*
 * The person a word opening a sentence at token p, of gender g, stands for:
 * of the persons named in the sentence before, the one of that gender, or,
 * of several, the one whose name opens that sentence in the nominative (its
 * subject).  -1 when none is, or it is not clear.
 */
static int
sentence_antecedent(const dx_doc *d, int p, int g)
{
	const dx_tok *toks = d->text.toks;
	int			q,
				prev,
				one = -1,
				many = 0,
				subject = -1;

	for (q = p - 1; q >= 0 && toks[q].sent == toks[p].sent; q--)
		;
	if (q < 0)
		return -1;
	prev = toks[q].sent;
	for (; q >= 0 && toks[q].sent == prev; q--)
	{
		int			e = d->tokname[q],
					pg;

		if (e < 0 || (q > 0 && d->tokname[q - 1] == e && toks[q - 1].sent == prev))
			continue;			/* the name's first token only */
		pg = dx_person_gender(d, &d->ents[e]);
		if (pg != 0 && pg != g)
			continue;
		if (one >= 0 && one != e)
			many = 1;
		one = e;
		if (toks[q].flags & TF_FIRST)
		{
			int			l = q;

			while (l + 1 < d->text.ntoks && d->tokname[l + 1] == e)
				l++;
			if (d->ents[e].surname == NULL || strcmp(toks[l].low, d->ents[e].surname) == 0 ||
				dx_case_of(toks[l].low, d->ents[e].surname) == DX_NOM)
				subject = e;
		}
	}
	return many ? subject : one;
}

/* the person a pronoun opening a sentence at token p (sentence_pronoun) stands for, of its gender */
static int
pronoun_antecedent(const dx_doc *d, int p)
{
	return sentence_antecedent(d, p, (dx_tok_gram(d, p) & GR_FEM) ? DX_FEM : DX_MASC);
}

/*
 * "Бельгиец заменил на посту главного тренера", "Политик сменил": a noun
 * of a person (animate, singular, in the nominative) opening its sentence
 * right before the verb at token v, no name, office or other word the
 * lexicon knows: the subject, standing for the person of its gender named
 * in the sentence before (sentence_antecedent).  Returns the entity or -1.
 */
static int
noun_subject_antecedent(const dx_doc *d, int p, int v)
{
	const dx_tok *toks = d->text.toks;
	int			ent;

	if (p < 1 || p + 1 != v || toks[p].type != TK_WORD || !(toks[p].flags & TF_FIRST) ||
		d->tokname[p] >= 0 || d->tokperson[p] >= 0 || dx_span_kind_at(d, p) != LK_NONE ||
		dx_function_word(toks[p].low) || dx_verb_form(&toks[p]) || verb_like(&toks[p]) ||
		!tok_may_be(d, p, DX_G(NOUN) | DX_G(nomn) | DX_G(anim) | DX_G(sing)) ||
		tok_may_be(d, p, DX_G(ADJF)) || (tok_may_be(d, p, DX_G(masc)) == tok_may_be(d, p, DX_G(femn))))
		return -1;
	ent = sentence_antecedent(d, p, tok_may_be(d, p, DX_G(femn)) ? DX_FEM : DX_MASC);
	return ent >= 0 && !verb_gender_differs(d, v, ent) ? ent : -1;
}

/* is token p the pronoun его, её (not их) standing for one person, the object of a verb? */
static int
object_pronoun(const dx_doc *d, int p)
{
	return d->text.toks[p].type == TK_WORD && (dx_tok_gram(d, p) & GR_PRON) && (dx_tok_gram(d, p) & GR_POSS) &&
		tok_may_be(d, p, DX_G(NPRO) | DX_G(accs)) && !tok_may_be(d, p, DX_G(NPRO) | DX_G(plur));
}

/*
 * "В 2019 году его назначили министром финансов", "Её избрали на пост
 * председателя", "Президент назначил его министром": the pronoun object of
 * a verb of appointing (class appoint_verb) before the office or post, j the
 * token before it (as for fronted_object), told before the verb opening its
 * sentence or right after the verb with no name before it in the sentence:
 * it stands for a person of the sentence before.  Returns the pronoun's
 * token, or -1.
 */
static int
appointed_pronoun(const dx_doc *d, const dx_span *s, int j, int post)
{
	const dx_tok *toks = d->text.toks;
	int			sent = toks[s->t0].sent,
				p,
				k;

	if (post && j >= 1 && (dx_tok_gram(d, j) & GR_P_V))
		j--;
	j = before_adverbial_phrase(d, j);
	if (j < 1 || toks[j].sent != sent || office_case(d, s, dx_entry(d, s->entry)) != (post ? DX_GEN : DX_INS))
		return -1;
	/* "назначил его министром" */
	if (object_pronoun(d, j) && toks[j - 1].type == TK_WORD && dx_tok_has_cue(d, j - 1, CUE_APPOINT_VERB) &&
		toks[j - 1].sent == sent)
	{
		for (k = j - 2; k >= 0 && toks[k].sent == sent && d->tokname[k] < 0; k--)
			;
		return k >= 0 && toks[k].sent == sent ? -1 : j;
	}
	if (toks[j].type != TK_WORD || (toks[j].flags & TF_CAP) || !dx_tok_has_cue(d, j, CUE_APPOINT_VERB))
		return -1;
	/* "его назначили", "В 2019 году его назначили", "его вновь избрали", "его в марте назначили" */
	p = before_adverbial_phrase(d, j - 1);
	if (p == j - 1 && toks[p].type == TK_WORD && !(toks[p].flags & TF_CAP) && !object_pronoun(d, p) &&
		tok_may_be(d, p, DX_G(ADVB)) && !tok_may_be(d, p, DX_G(NOUN)))
		p--;
	if (p < 0 || toks[p].sent != sent || !object_pronoun(d, p) || !opens_clause_before(d, p - 1, sent))
		return -1;
	for (k = p - 1; k >= 0 && toks[k].sent == sent; k--)
		if (p - k > 4 || toks[k].type == TK_PUNCT || toks[k].type == TK_DASH ||
			(toks[k].type == TK_WORD && (dx_tok_gram(d, k) & (GR_AND | GR_CONJ))))
			return -1;
	return p;
}

/* the person a pronoun or a person's noun opening its sentence at token p (the subject) stands for */
static int
subject_antecedent(const dx_doc *d, int p)
{
	if (dx_tok_gram(d, p) & GR_PERS3)
		return pronoun_antecedent(d, p);
	/* "его назначили министром" (appointed_pronoun): the object, of its gender */
	if (object_pronoun(d, p))
		return sentence_antecedent(d, p, tok_may_be(d, p, DX_G(NPRO) | DX_G(femn)) ? DX_FEM : DX_MASC);
	return noun_subject_antecedent(d, p, p + 1);
}

/*
 * Is the verb at token v one of holding or taking a post now (holds_post,
 * appointed, enter_post; not был, являлся, занимал), in the gender of the
 * pronoun at p when it shows one?
 */
static int
pronoun_holds_post(const dx_doc *d, int v, int p)
{
	int			masc = tok_may_be(d, v, DX_G(masc)),
				femn = tok_may_be(d, v, DX_G(femn)),
				fem = (dx_tok_gram(d, p) & GR_FEM) != 0;

	if (!(dx_tok_has_cue(d, v, CUE_HOLDS_POST) || dx_tok_has_cue(d, v, CUE_APPOINTED) ||
		  dx_tok_has_cue(d, v, CUE_ENTER_POST)))
		return 0;
	return !((fem && masc && !femn) || (!fem && femn && !masc));
}

/*
 * "Аркадий Петров, сын дипломата, вице-премьер Андорры,", "Аркадий Петров
 * — уроженец Монако, вице-премьер": a description in apposition between
 * the name's comma or dash and the office's comma: a person's noun in the
 * nominative (animate, no office) and up to seven words after it, lower-case
 * words that are no verb or function word (an office among them not in the
 * nominative: "сын дипломата"; a preposition of their own: "из окружения"),
 * a state or a place, or a name or capitalised word in the genitive after
 * a lower-case word ("уроженец Цейлона", "из окружения Каспарова").  Only for
 * an office in the nominative that closes its apposition.  Returns the
 * name's last token, or -1.
 */
static int
description_before(const dx_doc *d, const dx_span *s)
{
	const dx_tok *toks = d->text.toks;
	int			c = s->t0 - 1,
				k;

	if (c < 4 || !dx_tok_punct(&toks[c], ','))
		return -1;
	for (k = c - 1; k >= 2 && k >= c - 8 && toks[k].sent == toks[s->t0].sent; k--)
	{
		int			kk = dx_span_kind_at(d, k);

		if (dx_tok_punct(&toks[k], ',') || toks[k].type == TK_DASH)
			break;
		/*
		 * "сын судьи из окружения Каспарова", "уроженец Цейлона": a name or
		 * a capitalised word after a lower-case word of the description,
		 * the genitive of its noun
		 */
		if (toks[k].type == TK_WORD && (toks[k].flags & TF_CAP) && k - 1 > 0 && toks[k - 1].type == TK_WORD &&
			!(toks[k - 1].flags & TF_CAP) && !(dx_tok_gram(d, k - 1) & GR_PREP) && dx_genitive_form(&toks[k]) &&
			(d->tokname[k] >= 0 || (d->tokperson[k] < 0 && kk == LK_NONE)))
			continue;
		if (d->tokname[k] >= 0 || d->tokperson[k] >= 0)
			return -1;
		/* "из окружения": a preposition of the description's own words */
		if (toks[k].type == TK_WORD && (dx_tok_gram(d, k) & GR_PREP) && !(toks[k].flags & TF_CAP) &&
			k + 1 < c && toks[k + 1].type == TK_WORD && !(toks[k + 1].flags & TF_CAP))
			continue;
		/* "сын дипломата": an office in the description's words, not in the nominative */
		if (kk == LK_OFFICE && toks[k].type == TK_WORD && !(toks[k].flags & TF_CAP) &&
			!tok_may_be(d, k, DX_G(NOUN) | DX_G(nomn)))
			continue;
		if (toks[k].type == TK_WORD && (toks[k].flags & TF_CAP) &&
			(kk == LK_COUNTRY || kk == LK_CITY || kk == LK_REGION || kk == LK_CAPITAL))
			continue;
		if (toks[k].type != TK_WORD || (toks[k].flags & TF_CAP) || dx_function_word(toks[k].low) ||
			dx_verb_form(&toks[k]) || verb_like(&toks[k]) || short_participle(&toks[k]) || verb_only(d, k) ||
			(dx_tok_gram(d, k) & (GR_PRON | GR_POSS | GR_DEMO | GR_REL | GR_WHICH | GR_CONJ)))
			return -1;
	}
	if (k < 1 || k >= c - 1 || !(dx_tok_punct(&toks[k], ',') || toks[k].type == TK_DASH) ||
		d->tokname[k - 1] < 0 || toks[k - 1].sent != toks[s->t0].sent ||
		toks[k + 1].type != TK_WORD || (toks[k + 1].flags & TF_CAP) || dx_span_kind_at(d, k + 1) == LK_OFFICE ||
		!tok_may_be(d, k + 1, DX_G(NOUN) | DX_G(nomn) | DX_G(anim)) ||
		office_case(d, s, dx_entry(d, s->entry)) != DX_NOM || !apposition_closes(d, s) ||
		apposition_disagrees(d, s, k - 1))
		return -1;
	return k - 1;
}

/*
 * Is token q the last of a name in the nominative, as its given name and
 * the surname as written show ("Иван Петров", not "Джереми Ханта": a given
 * name that does not decline shows nothing)?
 */
static int
name_nominative_ending(const dx_doc *d, int q)
{
	int			ent;
	const char *sur;

	if (q < 0 || d->tokname[q] < 0)
		return 0;
	ent = d->tokname[q];
	sur = d->ents[ent].surname;
	if (sur && strcmp(d->text.toks[q].low, sur) != 0)
		return 0;
	while (q > 0 && d->tokname[q - 1] == ent)
		q--;
	return name_nominative(d, q, ent);
}

/*
 * The first token of the words of capacity before the office of span s:
 * «как» before an office in the nominative ("как министр обороны"), «в
 * качестве» before one in the genitive ("Иван Петров в качестве министра
 * обороны"), after a name in the nominative only: "отставку Ивана Петрова в
 * качестве министра" is of a post left.  -1 when none.
 */
static int
capacity_start(const dx_doc *d, const dx_span *s)
{
	int			c = s->t0 - 1,
				gcase,
				q;

	if (c < 1 || !dx_tok_has_cue(d, c, CUE_CAPACITY))
		return -1;
	gcase = office_case(d, s, dx_entry(d, s->entry));
	if (!(dx_tok_gram(d, c - 1) & GR_P_V))
		return gcase == DX_NOM ? c : -1;
	q = c - 2;
	if (q >= 1 && dx_tok_punct(&d->text.toks[q], ','))
		q--;
	return gcase == DX_GEN && name_nominative_ending(d, q) ? c - 1 : -1;
}

/*
 * "Иван Петров назначен его заместителем", "стал её первым советником": a
 * possessive at token j before an office in the instrumental says whose
 * deputy the subject became, the office still the subject's (own_office
 * keeps it imprecise); not the object of an active verb of appointing
 * ("Губернатор назначил его директором").  Returns the token before it, or j.
 */
static int
possessive_before_instrumental(const dx_doc *d, const dx_span *s, int j)
{
	if (j >= 1 && d->text.toks[j].type == TK_WORD && (dx_tok_gram(d, j) & (GR_POSS | GR_POSS_ADJ)) &&
		d->text.toks[j].sent == d->text.toks[s->t0].sent && !dx_tok_has_cue(d, j - 1, CUE_APPOINT_VERB) &&
		office_case(d, s, dx_entry(d, s->entry)) == DX_INS)
		return j - 1;
	return j;
}

/*
 * The token of the name an office after it is said of, or -1: the name
 * before a comma ("Дмитрий Медведев, президент России,"), or the subject
 * of a link verb with the office in the instrumental ("Адамс был
 * губернатором штата", "Мердок переизбран главой совета директоров") or
 * a post in the genitive ("Воробьёв назначен на должность исполняющего
 * обязанности губернатора").  When pron is not NULL and the subject is a
 * pronoun opening its sentence before a verb of holding a post now ("Он
 * является министром", "С 2019 года он занимает пост министра") or a dash
 * ("Сейчас он — министр"), *pron is its token (else -1), and -1 is returned.
 */
static int
name_before(const dx_doc *d, const dx_span *s, int *pron)
{
	const dx_tok *toks = d->text.toks;
	int			j = s->t0 - 1,
				gcase,
				comma,
				v,
				post = 0;

	if (pron)
		*pron = -1;
	/* "Иван Петров, обер-бургомистр Мюнхена": the office starts at its prefix */
	if (hyphen_prefix(d, s) != NULL)
		j = s->t0 - 3;
	if (j >= 1 && dx_tok_punct(&toks[j], ',') && d->tokname[j - 1] >= 0 && !apposition_disagrees(d, s, j - 1))
		return j - 1;
	/* "Иван Петров, 45 лет, министр обороны": the age in commas between */
	if (j >= 4 && dx_tok_punct(&toks[j], ',') && toks[j - 1].type == TK_WORD && dx_tok_has_cue(d, j - 1, CUE_YEAR_WORD) &&
		toks[j - 2].type == TK_NUM && dx_tok_punct(&toks[j - 3], ',') && d->tokname[j - 4] >= 0 &&
		toks[j - 4].sent == toks[s->t0].sent && !apposition_disagrees(d, s, j - 4))
		return j - 4;
	/*
	 * "Петров как министр обороны посетил", "Петров, как глава МИД,",
	 * "Петров в качестве министра обороны": the office the name acts in
	 * (not "как и президент": a likeness)
	 */
	if (capacity_start(d, s) >= 1)
	{
		int			q = capacity_start(d, s) - 1;

		if (q >= 1 && dx_tok_punct(&toks[q], ','))
			q--;
		if (d->tokname[q] >= 0 && toks[q].sent == toks[s->t0].sent)
			return q;
	}
	/*
	 * "Пьер Дюбуа — политик и лидер партии", "Пьер Дюбуа, дипломат, посол
	 * Андорры": a profession in apposition, then the office after a comma or и
	 */
	if (s->t0 >= 4 && (dx_tok_punct(&toks[s->t0 - 1], ',') || (dx_tok_gram(d, s->t0 - 1) & GR_AND)) &&
		toks[s->t0 - 2].type == TK_WORD && !(toks[s->t0 - 2].flags & TF_CAP) &&
		dx_tok_has_cue(d, s->t0 - 2, CUE_PROFESSION) &&
		(dx_tok_punct(&toks[s->t0 - 3], ',') || toks[s->t0 - 3].type == TK_DASH) &&
		d->tokname[s->t0 - 4] >= 0 && toks[s->t0 - 4].sent == toks[s->t0].sent &&
		!apposition_disagrees(d, s, s->t0 - 4))
		return s->t0 - 4;
	if (description_before(d, s) >= 0)
		return description_before(d, s);
	/*
	 * a remark or the name in Latin letters in brackets between: "Никоса
	 * Андреадиса (на фото), лидера партии", "Педро Гарсия (Pedro Garcia)
	 * профессор кафедры"
	 */
	if (bracket_before(d, s, &comma) >= 3)
	{
		int			q = bracket_before(d, s, &comma) - 1,
					latin = 1,
					words = 0;

		/* a short remark only, of four words at most: not a clause of its own */
		for (; q > 0 && q >= s->t0 - 14 && words <= 4 && !dx_tok_punct(&toks[q], '(') &&
			 !dx_tok_punct(&toks[q], ')'); q--)
		{
			words += toks[q].type == TK_WORD;
			if (toks[q].type != TK_WORD || !(toks[q].flags & TF_LAT) || !(toks[q].flags & TF_CAP))
				latin = 0;
		}
		if (q > 0 && dx_tok_punct(&toks[q], '(') && d->tokname[q - 1] >= 0 && (comma || latin) &&
			toks[q - 1].sent == toks[s->t0].sent)
			return q - 1;
	}
	/*
	 * "временным губернатором", "главным тренером"; not a noun: "Хенн,
	 * заявление главы правительства"; not an adverb: "ранее министр" is an
	 * office held once
	 */
	while (j >= 0 && j >= s->t0 - 2 && toks[j].type == TK_WORD && !(toks[j].flags & TF_CAP) &&
		   dx_adjective_form(&toks[j]) &&
		   !noun_only(d, j) && !(tok_may_be(d, j, DX_G(ADVB)) && !tok_may_be(d, j, DX_G(ADJF))))
		j--;
	j = possessive_before_instrumental(d, s, j);
	if (before_now_adverb(d, s, j) < j)
	{
		int			q = before_now_adverb(d, s, j),
					k;

		/*
		 * "Иван Петров, экс-министр финансов, а ныне посол": past «а» and
		 * the office held once, in commas, the name before them
		 */
		if (q >= 3 && toks[q].type == TK_WORD && (dx_tok_gram(d, q) & GR_CONJ) && dx_tok_punct(&toks[q - 1], ','))
			for (k = q - 2; k > 0 && k >= q - 10 && toks[k].sent == toks[s->t0].sent; k--)
			{
				if (dx_tok_punct(&toks[k], ',') && d->tokname[k - 1] >= 0)
					return k - 1;
				if (d->tokname[k] >= 0 || (toks[k].type == TK_WORD && !(toks[k].flags & TF_CAP) &&
										   (dx_verb_form(&toks[k]) || verb_like(&toks[k]))) ||
					(toks[k].type == TK_PUNCT && !dx_tok_punct(&toks[k], ',')))
					break;
			}
	}
	j = before_now_adverb(d, s, j);
	if (appointed_after_adverb(d, s, j) >= 0)
		return appointed_after_adverb(d, s, j);
	/* "Иван Петров — один из лидеров кампании": one of the holders */
	if (one_of_many(d, s))
	{
		while (j >= 0 && !(dx_tok_gram(d, j) & GR_P_IZ))
			j--;
		j -= 2;
	}
	/*
	 * an apposition in brackets or after a dash: "Ивану Петрову (главному
	 * переговорщику Брюсселя)", "Иван Петров — посол Японии"
	 */
	if (j >= 1 && (dx_tok_punct(&toks[j], '(') || toks[j].type == TK_DASH ||
				   (j < s->t0 - 1 && dx_tok_punct(&toks[j], ','))) && d->tokname[j - 1] >= 0)
		return j - 1;
	/* "Сейчас он — министр обороны": a pronoun opening the sentence */
	if (pron && j >= 1 && toks[j].type == TK_DASH && sentence_pronoun(d, j - 1) &&
		office_case(d, s, dx_entry(d, s->entry)) == DX_NOM && apposition_closes(d, s))
	{
		*pron = j - 1;
		return -1;
	}
	/*
	 * "Фергюсон заявил об уходе с поста главного тренера", "отставка Бориса
	 * Джонсона с поста главы МИД": the post left is the office of the name
	 * before it, with no pronoun or other name in between
	 */
	if (post_left(d, s) >= 0)
	{
		int			k;

		j = post_left(d, s) + 1;

		k = office_case(d, s, dx_entry(d, s->entry));
		if (k != DX_GEN && !(k == DX_UNK && dx_genitive_form(&toks[s->t1 - 1])))
			return -1;
		for (k = j - 2; k >= 0 && k >= j - 6 && toks[k].sent == toks[s->t0].sent; k--)
		{
			if (d->tokname[k] >= 0)
				return k;
			if (toks[k].type != TK_WORD || (toks[k].flags & TF_CAP) || dx_span_kind_at(d, k) != LK_NONE ||
				(dx_tok_gram(d, k) & (GR_PRON | GR_POSS | GR_DEMO | GR_REL | GR_CONJ)))
				return -1;
		}
		return -1;
	}
	/* "назначен временно исполняющим обязанности": an adverb after the verb */
	if (j >= 1 && toks[j].type == TK_WORD && !(toks[j].flags & TF_CAP) && tok_may_be(d, j, DX_G(ADVB)) &&
		!tok_may_be(d, j, DX_G(ADJF)) && !tok_may_be(d, j, DX_G(NOUN)) &&
		(dx_tok_has_cue(d, j - 1, CUE_LINK_VERB) || finite_enter_post(d, j - 1)))
		j--;
	j = verb_before_agent(d, j);
	/* "приступил к исполнению обязанностей": «к» and its words are no adverbial */
	if (duties_taken(d, j) >= 0)
	{
		post = 1;
		j = duties_taken(d, j);
	}
	else if ((j = verb_before_adverbial(d, j)) >= 0 && dx_tok_has_cue(d, j, CUE_POST_NOUN))
	{
		post = 1;
		j--;
		/*
		 * "Иван Петров в должности министра посетил", "Иван Петров на посту
		 * министра": the name right before (in the nominative before «на»,
		 * not "преемник Ивана Петрова на посту")
		 */
		if (j >= 1 && ((dx_tok_gram(d, j) & GR_P_V) ||
					   ((dx_tok_gram(d, j) & GR_P_NA) && !tok_may_be(d, j + 1, DX_G(accs)) &&
						name_nominative_ending(d, j - 1))) && d->tokname[j - 1] >= 0 &&
			toks[j - 1].sent == toks[s->t0].sent && office_case(d, s, dx_entry(d, s->entry)) == DX_GEN)
			return j - 1;
		if (j >= 0 && (dx_tok_gram(d, j) & GR_P_NA))
			j--;
		/* "вступил в должность", "утверждён в должности", "находится в должности" */
		else if (j >= 1 && (dx_tok_gram(d, j) & GR_P_V) &&
				 (dx_tok_has_cue(d, j - 1, CUE_ENTER_POST) || dx_tok_has_cue(d, j - 1, CUE_APPOINTED) ||
				  dx_tok_has_cue(d, j - 1, CUE_HOLDS_POST) || verb_before_agent(d, j - 1) < j - 1))
			j--;
		if (j >= 0)
			j = verb_before_adverbial(d, verb_before_agent(d, j));
	}
	if (appointed_object(d, s, j, post) >= 0)
		return appointed_object(d, s, j, post);
	if (fronted_object(d, s, j, post) >= 0)
		return fronted_object(d, s, j, post);
	if (pron && appointed_pronoun(d, s, j, post) >= 0)
	{
		*pron = appointed_pronoun(d, s, j, post);
		return -1;
	}
	if (holder_of_clause(d, s, j, post) >= 0)
		return holder_of_clause(d, s, j, post);
	/* "Иван Петров, занимающий с 2019 года пост министра": a time before the post */
	if (post && time_before(d, j) < j && holder_of_clause(d, s, time_before(d, j), post) >= 0)
		return holder_of_clause(d, s, time_before(d, j), post);
	/*
	 * "Синдзо Абэ, утверждённый 26 декабря парламентом на пост
	 * премьер-министра": a participle of appointment after the name and a
	 * comma, its dates and agent before the post
	 */
	if (post && j >= 0 && !dx_tok_has_cue(d, j, CUE_LINK_VERB) && !finite_enter_post(d, j))
	{
		int			a = appointing_word(d, s, j);

		if (a >= 2 && dx_tok_punct(&toks[a - 1], ',') && d->tokname[a - 2] >= 0 &&
			office_case(d, s, dx_entry(d, s->entry)) == DX_GEN)
			return a - 2;
		return -1;
	}
	if (j < 1 || !(dx_tok_has_cue(d, j, CUE_LINK_VERB) || finite_enter_post(d, j)))
		return -1;
	gcase = office_case(d, s, dx_entry(d, s->entry));
	if (gcase != (post ? DX_GEN : DX_INS))
		return -1;
	v = j--;
	/* "Анна Петрова была избрана": the past of быть before the participle (был reads as an adverb) */
	if (j > 0 && (dx_tok_gram(d, j) & GR_AUX) && dx_tok_has_cue(d, j, CUE_LINK_VERB) &&
		dx_past_gender(toks[j].low) == DX_FEM)
		j--;
	/* "Джеймс Мердок, переизбран": a name closed by a comma */
	if (j > 0 && dx_tok_punct(&toks[j], ',') && d->tokname[j - 1] >= 0)
		j--;
	/* "Адамс тогда был", "Мердок вновь переизбран", "Мердок до сих пор занимает" */
	j = before_verb_adverb(d, j);
	/* "Иван Петров, вновь избранный" */
	if (j > 0 && j < v - 1 && dx_tok_punct(&toks[j], ',') && d->tokname[j - 1] >= 0)
		j--;
	if (pron && j >= 0 && d->tokname[j] < 0 && sentence_pronoun(d, j) && pronoun_holds_post(d, v, j))
	{
		*pron = j;
		return -1;
	}
	/* "Бельгиец стал главным тренером": a person's noun opening the sentence, right before the verb */
	if (pron && j >= 0 && j + 1 == v && d->tokname[j] < 0 && noun_subject_antecedent(d, j, v) >= 0 &&
		(dx_tok_has_cue(d, v, CUE_HOLDS_POST) || dx_tok_has_cue(d, v, CUE_APPOINTED) ||
		 dx_tok_has_cue(d, v, CUE_ENTER_POST)))
	{
		*pron = j;
		return -1;
	}
	if (j < 0 || d->tokname[j] < 0 || verb_gender_differs(d, v, d->tokname[j]))
		return -1;
	/* "Сын магната Р.Мердока стал главой": the subject is in the nominative */
	if (d->ents[d->tokname[j]].surname && strcmp(toks[j].low, d->ents[d->tokname[j]].surname) != 0 &&
		dx_case_of(toks[j].low, d->ents[d->tokname[j]].surname) != DX_NOM)
		return -1;
	{
		int			f = j;
		const char *given = d->ents[d->tokname[j]].given;

		while (f > 0 && d->tokname[f - 1] == d->tokname[j])
			f--;

		/* "По словам Жана Дюбуа, назначен": a given name in another case shows no subject */
		if (f < j && given_oblique(d, f))
			return -1;
		/* "Сэмюэль Адамс": a given name in the nominative shows the subject */
		if (given && f < j)
		{
			int			len;
			const char *low = dx_normalize(d->a, given, strcspn(given, " "), &len);

			if (low && strcmp(low, toks[f].low) == 0)
				return j;
		}
		if (f > 0 && toks[f - 1].sent == toks[f].sent && toks[f - 1].type == TK_WORD && !(toks[f - 1].flags & TF_CAP) &&
			!dx_function_word(toks[f - 1].low) && !dx_verb_form(&toks[f - 1]) && dx_genitive_form(&toks[f - 1]))
			return -1;			/* a noun's attribute, not the subject */
	}
	return j;
}

/*
 * The person named before an office (name_before).  -1 when the office
 * names the person after it.
 */
static int
holder_before(dx_doc *d, const dx_span *s, int end)
{
	int			pron,
				j = name_before(d, s, &pron),
				ent = j >= 0 ? d->tokname[j] : pron >= 0 ? subject_antecedent(d, pron) : -1;

	if (ent < 0)
		return -1;
	/* the office names the next person, unless in the genitive after it: "советник Трампа" */
	if (end < d->text.ntoks && d->tokperson[end] >= 0 &&
		!(possessor_case(office_case(d, s, dx_entry(d, s->entry))) && possessor(d, end, d->tokperson[end])) &&
		!possessor_of_linked_office(d, s, end, d->tokperson[end]) &&
		!fronted_before(d, s))
		return -1;
	return ent;
}

/* the person a pronoun before the office at span s stands for (name_before), or -1 */
static int
pronoun_holder(const dx_doc *d, const dx_span *s)
{
	int			pron;

	(void) name_before(d, s, &pron);
	return pron >= 0 ? subject_antecedent(d, pron) : -1;
}

/*
 * "Судья и адвокат Олег Смирнов опасаются": is the word after person ent's
 * name, read from token from (four tokens at most before the name), a verb
 * in the plural only, whose subject are two persons?
 */
static int
plural_verb_after_name(const dx_doc *d, int ent, int from)
{
	int			n = d->text.ntoks,
				q = from;

	while (q < n && q < from + 4 && d->tokperson[q] != ent)
		q++;
	if (q >= n || d->tokperson[q] != ent)
		return 0;
	while (q < n && d->tokperson[q] == ent)
		q++;
	return q < n && d->text.toks[q].type == TK_WORD && d->text.toks[q].sent == d->text.toks[from].sent &&
		tok_may_be(d, q, DX_G(VERB) | DX_G(plur)) && !tok_may_be(d, q, DX_G(VERB) | DX_G(sing));
}

/*
 * "премьер-министр и министр иностранных дел Ирана Мохаммад Мохбер": a
 * second office joined to the first by и, of the same state, names the
 * same person, and the two are one role (*role becomes both); not with a
 * verb in the plural after the name ("министр обороны и министр финансов
 * Андорры Олег Смирнов заявили": the first is someone unnamed, the second
 * the name's, as its own office reads it).  Returns the person or -1.
 */
static int
chained_holder(dx_doc *d, int end, const char **role, const char **country)
{
	const dx_span *b = chained_office(d, end);
	const lex_entry *be;
	const char *brole;
	const char *bcountry;
	int			bend,
				ent,
				own = 0;
	dx_buf		rb;

	/*
	 * "министр обороны и его заместитель — Иван Петров и Пётр Сидоров": the
	 * second office his, joined by и and a possessive, only with a name for
	 * each (with one, "министр обороны и его заместитель Пётр Сидоров", the
	 * name is the second's alone)
	 */
	if (b == NULL && end + 2 < d->text.ntoks && (dx_tok_gram(d, end) & GR_AND) && (dx_tok_gram(d, end + 1) & GR_POSS) &&
		d->tokspan[end + 2] >= 0 && d->spans[d->tokspan[end + 2]].kind == LK_OFFICE &&
		d->spans[d->tokspan[end + 2]].t0 == end + 2 && !office_plural(d, &d->spans[d->tokspan[end + 2]]))
	{
		b = &d->spans[d->tokspan[end + 2]];
		own = 1;
	}
	if (b == NULL)
		return -1;
	be = dx_entry(d, b->entry);
	brole = office_role(d, b, 0, &bcountry, &bend);
	if (*country && bcountry && strcmp(*country, bcountry) != 0)
		return -1;				/* "президент России и премьер Индии": two persons */
	/* "главного судьи Пакистана и премьер-министра Имрана Хана": a state closing the first only */
	if (!own && *country && bcountry == NULL && end > 0 && d->tokspan[end - 1] >= 0 &&
		d->spans[d->tokspan[end - 1]].kind == LK_COUNTRY && d->spans[d->tokspan[end - 1]].t1 == end)
		return -1;
	ent = holder_after(d, b, be, bend);
	if (ent < 0)
		return -1;

	/*
	 * "Президент и премьер-министр Андорры Иван Петров и Пётр Сидоров": a
	 * second name joined by и, one for each office in their order; the
	 * second office is the second name's, the first keeps its own role
	 */
	{
		int			n = d->text.ntoks,
					q = bend,
					e2 = -1;

		while (q < n && q < bend + 4 && d->tokperson[q] != ent)
			q++;
		while (q < n && d->tokperson[q] == ent)
			q++;
		if (q + 1 < n && q > bend && (dx_tok_gram(d, q) & GR_AND) && d->text.toks[q + 1].sent == d->text.toks[q].sent &&
			name_begins(d, q + 1) && !given_oblique(d, q + 1))
		{
			if (d->tokperson[q + 1] >= 0)
				e2 = d->tokperson[q + 1];
			else
				dx_rule_person(d, q + 1, office_case(d, b, be), 1, &e2);
			if (e2 >= 0 && e2 != ent)
			{
				give_office(d, &d->ents[e2], brole, be, bcountry ? bcountry : *country, 0, 1);
				if (*country == NULL)
					*country = bcountry;
				return ent;
			}
		}
	}
	if (own || plural_verb_after_name(d, ent, bend))
		return -1;
	dx_buf_init(&rb, d->a);
	dx_buf_adds(&rb, *role);
	dx_buf_addc(&rb, ' ');
	dx_buf_adds(&rb, dx_tokens_text(d, end, end + 1));
	dx_buf_addc(&rb, ' ');
	dx_buf_adds(&rb, brole);
	*role = dx_buf_str(&rb);
	if (*country == NULL)
		*country = bcountry;
	return ent;
}

/* can the dictionary read token q as a noun or adjective in the genitive or instrumental (отдела, домена)? */
static int
body_word(const dx_doc *d, int q)
{
	return tok_may_be(d, q, DX_G(NOUN) | DX_G(gent)) || tok_may_be(d, q, DX_G(ADJF) | DX_G(gent)) ||
		tok_may_be(d, q, DX_G(NOUN) | DX_G(ablt)) || tok_may_be(d, q, DX_G(ADJF) | DX_G(ablt));
}

/*
 * "губернатор Пенджаба Салман Тасир", "замдиректора Координационного центра
 * национального домена сети Интернет Сергея Копылова", "командующего
 * Северо-Кавказским военным округом генерал-полковника Сергея Макарова":
 * when the office's words as read reach no name, the words of a body the
 * lexicon does not know may still run on to a given name or a person
 * already found, within the sentence, through no verb, pronoun, punctuation
 * or other office.  Returns the person or -1; *role becomes the office's
 * head with the words up to the name (or a rank before it), *country the
 * state the words name when it was unknown.
 */
static int	joining_hyphen(const dx_doc *d, int j);

static int
distant_holder(dx_doc *d, const dx_span *s, const lex_entry *oe, int end, const char **role, const char **country)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				q,
				w1 = -1,
				ent,
				gcase = office_case(d, s, oe);

	if (names_many(d, s) || s->t1 >= n || end >= n || d->tokperson[end] >= 0 ||
		dx_tok_entry_kind(d, end, LK_GIVEN) >= 0)
		return -1;				/* the name right after the words was asked about */
	for (q = end > s->t1 ? end : s->t1; q < n && q < s->t1 + 14 && toks[q].sent == toks[s->t0].sent; q++)
	{
		const dx_tok *t = &toks[q];
		int			kk = dx_span_kind_at(d, q);

		if (rank_word(d, q) || (t->type == TK_HYPHEN && w1 >= 0 && w1 == q - 1 && rank_word(d, q - 1)))
		{
			if (w1 < 0)
				w1 = q;
			/* "вице-адмирал", "контр-адмирал": the rank's prefix joined by a hyphen */
			if (w1 == q && q >= s->t1 + 2 && joining_hyphen(d, q - 1) && toks[q - 2].type == TK_WORD &&
				!(toks[q - 2].flags & TF_CAP))
				w1 = q - 2;
			continue;
		}
		/*
		 * "глава фракции Блок Ивана Петрова Павел Орлов": a name in an
		 * oblique case after a capitalised word of a nominative office's body
		 * names the body, not its holder; the words run on past it
		 */
		if (q > s->t1 && (t->flags & TF_CAP) && t->type == TK_WORD && given_oblique(d, q) &&
			(toks[q - 1].flags & TF_CAP) && toks[q - 1].type == TK_WORD && gcase == DX_NOM)
		{
			int			p = d->tokperson[q];

			while (q + 1 < n && toks[q + 1].type == TK_WORD && (toks[q + 1].flags & TF_CAP) &&
				   (p >= 0 ? d->tokperson[q + 1] == p : dx_genitive_form(&toks[q + 1])))
				q++;
			w1 = -1;
			continue;
		}
		if (q > s->t1 && (t->flags & TF_CAP) && t->type == TK_WORD &&
			(d->tokperson[q] >= 0 || dx_tok_entry_kind(d, q, LK_GIVEN) >= 0 || kk == LK_PERSON ||
			 town_word_of_a_name(d, q) ||
		/* "командующий ВВС Канады генерал-лейтенант Эл Мэйнзингер": a name the lexicon does not know after a rank */
			 (w1 >= 0 && name_begins(d, q)) ||
		/* "командующий ВВС Канады Эл Мэйнзингер": or after the state closing the words */
			 (dx_span_kind_at(d, q - 1) == LK_COUNTRY && d->spans[d->tokspan[q - 1]].t1 == q && name_begins(d, q))))
			break;
		/*
		 * "лидера партии «Техрик-э-Лабаик Пакистан» Хадима Хуссейна Ризви":
		 * the body's name closed by a quotation mark or a bracket, a name of
		 * capitalised words after it is the holder's, from its first word
		 */
		if (q > s->t1 + 1 && t->type == TK_WORD && (t->flags & TF_CAP) && (t->flags & TF_CYR) &&
			!(t->flags & TF_ALLCAPS) && (kk == LK_NONE || kk == LK_CITY) &&
			((toks[q - 1].type == TK_QUOTE && !(toks[q - 1].flags & TF_SPACE)) || dx_tok_punct(&toks[q - 1], ')')) &&
			q + 1 < n && toks[q + 1].sent == t->sent && dx_is_cap_word(d, q + 1) &&
			(dx_tok_entry_kind(d, q + 1, LK_GIVEN) >= 0 || d->tokperson[q + 1] >= 0 ||
			 ((q + 2 >= n || !dx_is_cap_word(d, q + 2)) &&
			  (dx_span_kind_at(d, q + 1) == LK_NONE || dx_span_kind_at(d, q + 1) == LK_SURNAME ||
			   dx_span_kind_at(d, q + 1) == LK_CITY))))
			break;
		w1 = -1;
		if (t->type == TK_NUM || t->type == TK_HYPHEN || t->type == TK_QUOTE || dx_tok_punct(t, '(') ||
			dx_tok_punct(t, ')'))
			continue;
		if (t->type != TK_WORD)
			return -1;
		if (kk == LK_OFFICE && d->spans[d->tokspan[q]].t0 == q &&
			office_case(d, &d->spans[d->tokspan[q]], dx_entry(d, d->spans[d->tokspan[q]].entry)) != DX_GEN)
			return -1;
		if (t->flags & TF_CAP)
			continue;
		if ((!body_word(d, q) && (dx_verb_form(t) || short_participle(t) || verb_like(t) ||
								  tok_may_be(d, q, DX_G(VERB)))) ||
			dx_tok_has_cue(d, q, CUE_LINK_VERB) || dx_tok_has_cue(d, q, CUE_FORMER) ||
			(dx_tok_gram(d, q) & (GR_PRON | GR_POSS | GR_DEMO | GR_REL | GR_P_VMESTO)) ||
			((dx_tok_gram(d, q) & GR_CONJ) && !(dx_tok_gram(d, q) & GR_AND)) ||
			((dx_tok_gram(d, q) & GR_AND) && (q + 1 >= n || !body_word(d, q + 1))) ||
			((dx_tok_gram(d, q) & GR_PREP) && !(dx_tok_gram(d, q) & (GR_P_PO | GR_P_S | GR_P_V | GR_P_IZ))))
		{
			return -1;
		}
	}
	if (q >= n || q >= s->t1 + 14 || toks[q].sent != toks[s->t0].sent || q == s->t1)
		return -1;
	/*
	 * the name closes a body's name (Пенджаба Салман, (ФБК) Киру) or follows
	 * a rank; after a lower-case word it is of another phrase (с Мэй)
	 */
	{
		int			b = (w1 >= 0 ? w1 : q) - 1;

		if (w1 < 0 && !(toks[b].flags & TF_CAP) && toks[b].type != TK_QUOTE && !dx_tok_punct(&toks[b], ')'))
			return -1;
		/*
		 * "партии Техрик-э-Лабаик Пакистан (ТЛП) Хадима Хуссейна Ризви": an
		 * abbreviation in brackets closes the body's name; the capitalised
		 * word between it and the given name is the holder's, not the role's
		 */
		if (w1 < 0 && b >= s->t1 + 2 && b + 1 < n && dx_is_cap_word(d, b) && d->tokperson[b] < 0 &&
			dx_tok_punct(&toks[b - 1], ')') && dx_tok_entry_kind(d, b, LK_GIVEN) < 0)
			q = b;
	}
	ent = holder_after(d, s, oe, q);
	if (ent >= 0)
	{
		int			wend = w1 >= 0 ? w1 : q;
		const char *words;
		int			k;
		dx_buf		rb;

		/*
		 * "командующий ВВС Андорры генерал Иван Петров": a state closing the
		 * words is the person's, not the role's
		 */
		if (wend - 1 > s->t1 && dx_span_kind_at(d, wend - 1) == LK_COUNTRY &&
			d->spans[d->tokspan[wend - 1]].t1 == wend && d->spans[d->tokspan[wend - 1]].t0 > s->t1 &&
			!(dx_tok_gram(d, d->spans[d->tokspan[wend - 1]].t0 - 1) & (GR_PREP | GR_AND)))
		{
			int			c0 = d->spans[d->tokspan[wend - 1]].t0;

			wend = c0;
			/* "Великой Британии": a capitalised adjective before it is of its name */
			if (c0 - 1 >= s->t1 && (toks[c0 - 1].flags & TF_CAP) && toks[c0 - 1].type == TK_WORD &&
				dx_span_kind_at(d, c0 - 1) == LK_NONE && dx_adjective_form(&toks[c0 - 1]))
				wend = c0 - 1;
		}
		words = office_words(d, oe, s->t1, wend);

		/*
		 * "Госдепартамента США Дэвид Тесслер": the state named in the words;
		 * not a state the post is in ("посол в Японии Иван Петров")
		 */
		for (k = s->t1; k < q && *country == NULL; k++)
			if (dx_span_kind_at(d, k) == LK_COUNTRY && d->spans[d->tokspan[k]].t0 == k &&
				!(k > s->t1 && (dx_tok_gram(d, k - 1) & GR_PREP)))
				*country = dx_entry(d, d->spans[d->tokspan[k]].entry)->code;

		for (k = s->t1; k + 1 < q; k++)
			if ((dx_tok_gram(d, k) & GR_AND) && dx_span_kind_at(d, k + 1) == LK_COUNTRY &&
				dx_span_kind_at(d, k - 1) == LK_COUNTRY && d->spans[d->tokspan[k - 1]].t0 >= s->t1 &&
				!(dx_tok_gram(d, d->spans[d->tokspan[k - 1]].t0 - 1) & GR_PREP))
				break;
		/* "глава МИД Франции и Италии Жан Дюпон": an office of two states is of neither */
		if (k + 1 < q)
		{
			*country = NULL;
			*role = plain_office(d, oe, NULL, 1);
		}
		else if (*words == '\0')
			*role = oe->term;	/* "президент компании Ryanair": the body goes, the head stays */
		else
		{
			dx_buf_init(&rb, d->a);
			dx_buf_adds(&rb, oe->term);
			dx_buf_addc(&rb, ' ');
			dx_buf_adds(&rb, words);
			*role = dx_buf_str(&rb);
		}
	}
	return ent;
}

/*
 * Is token j a hyphen joining the words on either side with no space
 * between (министр-президент, сенатор-республиканец)?  Not a dash written
 * so ("президент—председатель правления": two offices of one person).
 */
static int
joining_hyphen(const dx_doc *d, int j)
{
	const dx_tok *toks = d->text.toks;
	const char *c;

	if (j < 1 || j + 1 >= d->text.ntoks || toks[j].type != TK_HYPHEN)
		return 0;
	c = d->text.src + toks[j].b0;
	if (!(toks[j].b1 - toks[j].b0 == 1 && c[0] == '-') &&
		!(toks[j].b1 - toks[j].b0 == 3 && memcmp(c, "\xe2\x80", 2) == 0 && (c[2] == '\x90' || c[2] == '\x91')))
		return 0;
	return !(toks[j].flags & TF_SPACE) &&
		!(toks[j + 1].flags & TF_SPACE) && toks[j - 1].type == TK_WORD && toks[j + 1].type == TK_WORD &&
		toks[j - 1].sent == toks[j + 1].sent && (toks[j - 1].flags & TF_CYR) && (toks[j + 1].flags & TF_CYR);
}

/*
 * "обер-бургомистр": a prefix joined by a hyphen before an office the
 * lexicon names without it, a word the dictionary does not know (not экс-,
 * a former office; "женщина-президент": a word it knows tells of the
 * holder, not the post), is part of the office: the prefix as written, to
 * put before the role, or NULL.
 */
static const char *
hyphen_prefix(const dx_doc *d, const dx_span *s)
{
	const dx_tok *toks = d->text.toks;
	int			j = s->t0 - 2;
	dx_ocparse	p[16];
	int			np,
				i;

	if (s->t0 < 2 || !joining_hyphen(d, s->t0 - 1) || d->tokname[j] >= 0 || d->tokspan[j] >= 0 ||
		((toks[j].flags & TF_CAP) && !(toks[j].flags & TF_FIRST)) || dx_tok_has_cue(d, j, CUE_FORMER) ||
		dx_function_word(toks[j].low))
		return NULL;
	np = dx_morph_analyse(d->lex, d->text.src + toks[j].b0, (size_t) (toks[j].b1 - toks[j].b0), p, 16);
	for (i = 0; i < np; i++)
		if (!p[i].predicted)
			return NULL;
	return toks[j].low;
}

/*
 * The second office of a compound spelt with a hyphen ("министр-президент",
 * "судья-председатель"), which hyphenated_offices joined to span s: its
 * entry, or NULL.
 */
static const lex_entry *
compound_second(const dx_doc *d, const dx_span *s)
{
	int			r = s->t0 + 2;

	if (s->t1 < s->t0 + 3 || !joining_hyphen(d, s->t0 + 1) || dx_entry(d, s->entry)->nw != 1 ||
		d->tokspan[r] < 0 || d->spans[d->tokspan[r]].t0 != r || d->spans[d->tokspan[r]].kind != LK_NONE ||
		d->spans[d->tokspan[r]].t1 != s->t1)
		return NULL;
	return dx_entry(d, d->spans[d->tokspan[r]].entry);
}

/*
 * Spelt with a hyphen, one office: "министр-президент", two offices of
 * the lexicon, is one span, the first's, over both (compound_second tells
 * the second); "сенатор-республиканец", "депутат-единоросс": a noun joined
 * after an office, no office, tells the holder's party, and the office's
 * words go on after it.  Spans are changed before any pass reads them.
 */
static void
hyphenated_offices(dx_doc *d)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				k;

	for (k = 0; k < d->nspans; k++)
	{
		dx_span    *s = &d->spans[k];
		int			h = s->t1;

		if (s->kind != LK_OFFICE || h + 1 >= n || !joining_hyphen(d, h) || (toks[h + 1].flags & TF_CAP))
			continue;
		if (d->tokspan[h + 1] >= 0 && d->spans[d->tokspan[h + 1]].kind == LK_OFFICE &&
			d->spans[d->tokspan[h + 1]].t0 == h + 1 && s->t1 == s->t0 + 1 && dx_entry(d, s->entry)->nw == 1 &&
			d->tokspan[h] < 0)
		{
			dx_span    *r = &d->spans[d->tokspan[h + 1]];

			d->tokspan[h] = k;
			s->t1 = r->t1;
			r->kind = LK_NONE;
		}
		else if (d->tokspan[h] < 0 && d->tokspan[h + 1] < 0 && d->tokname[h + 1] < 0 &&
				 !dx_function_word(toks[h + 1].low) && !dx_verb_form(&toks[h + 1]) &&
				 tok_may_be(d, h + 1, DX_G(NOUN)))
		{
			d->tokspan[h] = d->tokspan[h + 1] = k;
			s->t1 = h + 2;
		}
	}
}

/*
 * "главный военный прокурор", "главного государственного санитарного
 * врача": the rank of a post (class office_rank) before the word at token
 * t0, with lower-case adjectives between (three words at most), all
 * masculine singular in the case whose grammeme is gcase, as the office's
 * head is; an ordinal ("первый") only when anum.  Returns the first rank's
 * token, or t0 when there is none.
 */
static int
rank_start(const dx_doc *d, int t0, uint64_t gcase, int anum)
{
	const dx_tok *toks = d->text.toks;
	uint64_t	need = DX_G(ADJF) | DX_G(masc) | DX_G(sing) | gcase;
	int			j,
				r = t0;

	/* "главный верховный судья": a rank before another joins too */
	for (j = t0 - 1; j >= 0 && j >= t0 - 3; j--)
	{
		if (toks[j].type != TK_WORD || toks[j].sent != toks[t0].sent || dx_span_kind_at(d, j) != LK_NONE ||
			d->tokperson[j] >= 0 || !tok_may_be(d, j, need) || dx_tok_has_cue(d, j, CUE_FORMER))
			break;
		if (dx_tok_has_cue(d, j, CUE_OFFICE_RANK) && (anum || !tok_may_be(d, j, DX_G(Anum))))
			r = j;
		else if (toks[j].flags & TF_CAP)
			break;
	}
	return r;
}

/* the rank before the office at span s (rank_start), in the office's case, put in *gc */
static int
office_rank_start(const dx_doc *d, const dx_span *s, uint64_t *gc)
{
	*gc = case_gram(office_case(d, s, dx_entry(d, s->entry)));
	if (*gc == 0)
		*gc = DX_G(nomn);
	return rank_start(d, s->t0, *gc, 1);
}

/*
 * The masculine nominative singular of the adjective form low, whose
 * grammemes are need, into buf: -1 when the dictionary reads no such form,
 * or two ("основного": основной, основный), or one of another word
 * ("первого": the lexeme of "один").
 */
static int
adjective_nominative_one(const dx_doc *d, const char *low, uint64_t need, char *buf, size_t len)
{
	dx_ocparse	p[16];
	char		f[128];
	int			n = dx_morph_analyse(d->lex, low, strlen(low), p, 16),
				i,
				found = 0;

	for (i = 0; i < n; i++)
	{
		if ((p[i].gram & need) != need ||
			dx_ocdict_inflect(dx_morph_dict(d->lex), &p[i], DX_G(nomn) | DX_G(masc) | DX_G(sing),
							  DX_G_POS, f, sizeof(f)) < 0 || strncmp(f, low, 2) != 0)
			continue;
		if (found && strcmp(f, buf) != 0)
			return -1;
		if (strlen(f) >= len)
			return -1;
		strcpy(buf, f);
		found = 1;
	}
	return found ? 0 : -1;
}

/*
 * The words [r0, r1) rank_start found, in the masculine nominative
 * ("главного военного" -> "главный военный"); NULL when one has none.
 */
static const char *
rank_words(dx_doc *d, int r0, int r1, uint64_t gcase)
{
	dx_buf		b;
	int			j;

	dx_buf_init(&b, d->a);
	for (j = r0; j < r1; j++)
	{
		const dx_tok *t = &d->text.toks[j];
		char		nom[128];

		if (j > r0)
			dx_buf_addc(&b, ' ');
		if (gcase == DX_G(nomn))
		{
			dx_buf_adds(&b, t->low);
			continue;
		}
		if (adjective_nominative_one(d, t->low, DX_G(ADJF) | DX_G(masc) | DX_G(sing) | gcase, nom, sizeof(nom)) < 0)
			return NULL;
		dx_buf_adds(&b, nom);
	}
	return dx_buf_str(&b);
}

/*
 * "первый замдиректора", "главный директор по персоналу": the rank of the
 * post before an office in the nominative is part of the role; so is a
 * prefix joined by a hyphen before it ("обер-бургомистр", hyphen_prefix),
 * and the second office of a compound ("министр-президент").
 */
static const char *
ranked_role(dx_doc *d, const dx_span *s, const char *role)
{
	const char *adj;
	uint64_t	gc;
	int			r0;
	dx_buf		b;

	if (hyphen_prefix(d, s) != NULL)
	{
		dx_buf_init(&b, d->a);
		dx_buf_adds(&b, hyphen_prefix(d, s));
		dx_buf_addc(&b, '-');
		dx_buf_adds(&b, role);
		return dx_buf_str(&b);
	}
	if (compound_second(d, s) != NULL)
	{
		const lex_entry *oe = dx_entry(d, s->entry);
		size_t		hl = 0;

		/* the first office's head the role starts with gives way to both */
		if (strncmp(role, oe->name, strlen(oe->name)) == 0 &&
			(role[strlen(oe->name)] == '\0' || role[strlen(oe->name)] == ' '))
			hl = strlen(oe->name);
		else if (strncmp(role, oe->term, strlen(oe->term)) == 0 &&
				 (role[strlen(oe->term)] == '\0' || role[strlen(oe->term)] == ' '))
			hl = strlen(oe->term);
		if (hl > 0)
		{
			dx_buf_init(&b, d->a);
			dx_buf_adds(&b, oe->term);
			dx_buf_addc(&b, '-');
			dx_buf_adds(&b, compound_second(d, s)->term);
			dx_buf_adds(&b, role + hl);
			return dx_buf_str(&b);
		}
	}
	if (s->t0 == 0)
		return role;
	/* "главного военного прокурора": the rank in the office's case, told back by the dictionary */
	r0 = office_rank_start(d, s, &gc);
	if (r0 == s->t0 || (adj = rank_words(d, r0, s->t0, gc)) == NULL)
		return role;
	dx_buf_init(&b, d->a);
	dx_buf_adds(&b, adj);
	dx_buf_addc(&b, ' ');
	dx_buf_adds(&b, role);
	return dx_buf_str(&b);
}

/*
 * "министр обороны в 2010–2014 годах", "посол Андорры в Монако с 2005 по
 * 2009 год", "министр обороны до 2014 года", "в 1990-х годах", "министр
 * обороны (2010–2014)": a term of years after the office's words (past its
 * state, its place: six words at most, no verb, no name) that ended before
 * the year of the story makes the office one held once; a closed term does
 * so also when the date is unknown.  A term still going ("с 2019 года")
 * says nothing.
 */
static int
past_term_after(const dx_doc *d, const dx_span *s)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				j,
				y0 = 0,
				y1 = 0;

	for (j = s->t1; j + 3 < n && j < s->t1 + 6 && toks[j].sent == toks[s->t0].sent; j++)
	{
		if (dx_year_of(&toks[j + 1]) &&
			((dx_tok_gram(d, j) & (GR_P_V | GR_P_S | GR_P_DO)) || dx_tok_punct(&toks[j], '(')))
			break;
		if (toks[j].type != TK_WORD || d->tokperson[j] >= 0 || dx_verb_form(&toks[j]) || verb_like(&toks[j]))
			return 0;
	}
	if (j + 3 >= n || !dx_year_of(&toks[j + 1]) ||
		!((dx_tok_gram(d, j) & (GR_P_V | GR_P_S | GR_P_DO)) || dx_tok_punct(&toks[j], '(')))
		return 0;
	/* "до 2014 года": an end alone, known to be past by the story's date only */
	if (dx_tok_gram(d, j) & GR_P_DO)
		return d->published != 0 && dx_year_of(&toks[j + 1]) < d->published / 10000;
	y0 = dx_year_of(&toks[j + 1]);
	j += 2;
	/* "в 2010–2014 годах", "в 2010-2014 гг.", "(2010–2014)" */
	if ((toks[j].type == TK_DASH || toks[j].type == TK_HYPHEN) && j + 1 < n && dx_year_of(&toks[j + 1]))
		y1 = dx_year_of(&toks[j + 1]);
	/* "в 1990-х годах", "в 1990-е годы": a decade */
	else if (toks[j].type == TK_HYPHEN && j + 2 < n && toks[j + 1].type == TK_WORD && toks[j + 1].nchars == 1 &&
			 y0 % 10 == 0 && dx_tok_has_cue(d, j + 2, CUE_YEAR_WORD))
		y1 = y0 + 9;
	/* "с 2005 по 2009 год", "с 2005 года по 2009-й" */
	else
	{
		if (dx_tok_has_cue(d, j, CUE_YEAR_WORD))
			j++;
		if (j + 1 < n && (dx_tok_gram(d, j) & (GR_P_PO | GR_P_DO)))
			y1 = dx_year_of(&toks[j + 1]);
	}
	return y1 > y0 && (d->published == 0 || y1 < d->published / 10000);
}

/* is the office at span s said to be a former one: бывший глава, экс-президент? */
static int
former_office(const dx_doc *d, const dx_span *s)
{
	uint64_t	gc;
	int			j = office_rank_start(d, s, &gc) - 1;

	/* "бывший главный военный прокурор": before the rank */
	if (j >= 1 && d->text.toks[j].type == TK_HYPHEN)
		j--;
	/* "министр обороны в 2010–2014 годах": a term of years ended */
	return (j >= 0 && dx_tok_has_cue(d, j, CUE_FORMER)) || past_term_after(d, s);
}

/*
 * A former office said of person ent (former_office): when it is the
 * office the lexicon gives that person, and the story gave none, the
 * lexicon's office is one held before, so no role.  The same office is the
 * same class of a state's head, government's head or foreign minister
 * ("бывший глава государства" of a president), else the same role
 * ("бывший министр финансов" is not the lexicon's "министр обороны"); and
 * the same state when both are known.
 */
static void
former_lexicon_office(dx_doc *d, int ent, const lex_entry *oe, const char *country)
{
	dx_ent	   *e = &d->ents[ent];

	if (e->role_from_text || e->role_class == NULL || oe->code == NULL || strcmp(e->role_class, oe->code) != 0 ||
		(country && e->country && strcmp(country, e->country) != 0))
		return;
	if (strcmp(oe->code, "head_of_state") != 0 && strcmp(oe->code, "head_of_government") != 0 &&
		strcmp(oe->code, "foreign_minister") != 0 && (e->role == NULL || oe->name == NULL || strcmp(e->role, oe->name) != 0))
		return;
	e->role = NULL;
	e->role_class = NULL;
	e->role_from_text = ROLE_FORMER;
}

/*
 * The persons the story said hold the lexicon's office no more keep no
 * role, though a later mention of the name took the lexicon's again.
 */
static void
former_lexicon_offices_stay(dx_doc *d)
{
	int			i;

	for (i = 0; i < d->nents; i++)
		if (d->ents[i].kind == DX_PERSON && d->ents[i].role_from_text == ROLE_FORMER)
		{
			d->ents[i].role = NULL;
			d->ents[i].role_class = NULL;
		}
}

/*
 * "Михаил Саакашвили, экс-президент Грузии,": the name before a comma and
 * the word that makes the office at span s a former one.  Its token, or -1.
 */
static int
former_name_before(const dx_doc *d, const dx_span *s)
{
	int			j = s->t0 - 1;

	if (!former_office(d, s))
		return -1;
	if (j >= 1 && d->text.toks[j].type == TK_HYPHEN)
		j--;
	return j >= 2 && dx_tok_punct(&d->text.toks[j - 1], ',') && d->tokname[j - 2] >= 0 ? j - 2 : -1;
}

/*
 * Is the office at span s, said of the name before it, the one given in the
 * story: "назначен на должность исполняющего обязанности губернатора",
 * "избран временным председателем"?
 */
static int
appointed_office(const dx_doc *d, const dx_span *s)
{
	const dx_tok *toks = d->text.toks;
	int			j = s->t0 - 1;

	while (j >= 0 && j >= s->t0 - 2 && toks[j].type == TK_WORD && !(toks[j].flags & TF_CAP) &&
		   dx_adjective_form(&toks[j]) && !dx_tok_has_cue(d, j, CUE_APPOINTED))
		j--;
	if (j >= 0 && dx_tok_has_cue(d, j, CUE_POST_NOUN))
	{
		j--;
		if (j >= 0 && (dx_tok_gram(d, j) & GR_P_NA))
			j--;
	}
	return j >= 0 && appointing_word(d, s, j) >= 0;
}

/*
 * "своего председателя", "её лидер": an office after a possessive names the
 * person's place in a body said before, not a more precise office.
 */
static int
own_office(const dx_doc *d, const dx_span *s)
{
	return s->t0 > 0 && (dx_tok_gram(d, s->t0 - 1) & (GR_POSS | GR_POSS_ADJ));
}

/*
 * Is the office span b, after the comma at token end (office_after_comma),
 * a link of a chain of offices one person holds ("лидер Совета старейшин,
 * народный депутат", "министр финансов, народный депутат,"): an office in
 * the nominative singular held now (not бывший), with only adjectives in
 * the nominative before its head; not a title, rank or profession that
 * describes the person (член-корреспондент, генерал, политолог).
 */
static int
chain_link(const dx_doc *d, int end, const dx_span *b)
{
	int			j;

	if (office_plural(d, b) || former_office(d, b) || office_case(d, b, dx_entry(d, b->entry)) != DX_NOM ||
		title_end(d, b->t0) > b->t0 || dx_tok_has_cue(d, b->t0, CUE_PROFESSION))
		return 0;
	for (j = end + 1; j < b->t0; j++)
		if (!tok_may_be(d, j, DX_G(ADJF) | DX_G(nomn)) || dx_tok_has_cue(d, j, CUE_FORMER))
			return 0;
	return 1;
}

/* role, a comma, then the link at span b after the comma at token end: its adjectives and its role brole */
static const char *
chain_role(dx_doc *d, const char *role, int end, const dx_span *b, const char *brole)
{
	dx_buf		rb;

	dx_buf_init(&rb, d->a);
	dx_buf_adds(&rb, role);
	dx_buf_adds(&rb, ", ");
	if (b->t0 > end + 1)
	{
		dx_buf_adds(&rb, dx_tokens_text(d, end + 1, b->t0));
		dx_buf_addc(&rb, ' ');
	}
	dx_buf_adds(&rb, brole);
	return dx_buf_str(&rb);
}

/*
 * "Иван Петров, министр финансов Андорры, народный депутат, заявил": the
 * offices after the name's office, whose words end at token end, each an
 * apposition closed by a comma, the last before the verb; a link of
 * another state, or a comma before anything but a link (a description, a
 * name, a clause) ends the chain and no link is taken.  Returns the role
 * with the links, *country the state of any link when the first told none;
 * role itself when there is no chain.
 */
static const char *
apposition_chain(dx_doc *d, const char *role, int end, const char **country)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				links;
	const char *chain = role,
			   *c = *country;

	for (links = 0; links < 4; links++)
	{
		const dx_span *b = office_after_comma(d, end);
		const char *brole,
				   *bc;
		int			bend,
					v;

		if (b == NULL || !chain_link(d, end, b))
			return role;
		brole = office_role(d, b, 1, &bc, &bend);
		if (c && bc && strcmp(c, bc) != 0)
			return role;
		chain = chain_role(d, chain, end, b, brole);
		if (c == NULL)
			c = bc;
		if (bend + 1 >= n || !dx_tok_punct(&toks[bend], ',') || toks[bend + 1].sent != toks[b->t0].sent)
			return role;
		/* "заявил", "также заявил": the verb, an adverb before it */
		v = bend + 1;
		if (v + 1 < n && toks[v].type == TK_WORD && !(toks[v].flags & TF_CAP) &&
			tok_may_be(d, v, DX_G(ADVB)) && !tok_may_be(d, v, DX_G(ADJF)))
			v++;
		if (toks[v].type == TK_WORD && !(toks[v].flags & TF_CAP) &&
			(verb_only(d, v) || dx_verb_form(&toks[v]) || verb_like(&toks[v])))
		{
			*country = c;
			return chain;
		}
		end = bend;
	}
	return role;
}

/*
 * "Иван Петров, вице-премьер и министр обороны Андорры, заявил": a second
 * office in apposition joined to the first by и, whose words end at token
 * *end, is the same person's when no name follows it and the states agree;
 * the two are one role, as before a name (chained_holder).  Returns the
 * role, *end and *country moved to the second office; *joined its span.
 */
static const char *
joined_apposition(dx_doc *d, const char *role, int *end, const char **country, const dx_span **joined)
{
	const dx_span *b = chained_office(d, *end);
	const char *brole,
			   *bc;
	int			bend;
	dx_buf		rb;

	if (b == NULL || former_office(d, b) || office_case(d, b, dx_entry(d, b->entry)) != DX_NOM)
		return role;
	brole = office_role(d, b, 1, &bc, &bend);
	if (*country && bc && strcmp(*country, bc) != 0)
		return role;
	/* the office of the next name, or of a clause going on: "и министр финансов Пьер Дюбуа" */
	if (bend < d->text.ntoks && (d->tokname[bend] >= 0 || d->text.toks[bend].type == TK_WORD))
		return role;
	dx_buf_init(&rb, d->a);
	dx_buf_adds(&rb, role);
	dx_buf_addc(&rb, ' ');
	dx_buf_adds(&rb, dx_tokens_text(d, *end, *end + 1));
	dx_buf_addc(&rb, ' ');
	dx_buf_adds(&rb, brole);
	if (*country == NULL)
		*country = bc;
	*end = bend;
	*joined = b;
	return dx_buf_str(&rb);
}

/*
 * The states of an office in the plural, "министры иностранных дел Франции и
 * Италии": country, the first (or NULL: none), then those joined to it by
 * "и" or commas from token *j, where the first ends; *j moves past them.
 * Returns how many, at most max.
 */
static int
state_list(const dx_doc *d, const char *country, int *j, const char **states, int max)
{
	int			n = d->text.ntoks,
				nc = 0;

	if (country == NULL)
		return 0;
	states[nc++] = country;
	while (*j + 1 < n && nc < max && ((dx_tok_gram(d, *j) & GR_AND) || dx_tok_punct(&d->text.toks[*j], ',')) &&
		   dx_span_kind_at(d, *j + 1) == LK_COUNTRY && d->spans[d->tokspan[*j + 1]].t0 == *j + 1)
	{
		states[nc++] = dx_entry(d, d->spans[d->tokspan[*j + 1]].entry)->code;
		*j = d->spans[d->tokspan[*j + 1]].t1;
	}
	return nc;
}

/* how many states a list from token j on names, the first being country (state_list) */
static int
states_after(const dx_doc *d, const char *country, int j)
{
	const char *states[8];

	return state_list(d, country, &j, states, 8);
}

static int	name_nominative(const dx_doc *d, int t0, int ent);

/*
 * "главы МИД Франции и Италии Жан Дюпон и Карло Росси": an office whose
 * head the dictionary reads as a genitive singular or a nominative plural
 * (главы, директора; not послы) may be a plural subject when it opens its
 * clause: at the sentence's start, after a punctuation mark, a conjunction
 * or a verb, not after a noun or a possessive that would govern a genitive
 * ("слова её директора").  plural_holders then asks for names in the
 * nominative after it.
 */
static int
plural_before_names(const dx_doc *d, const dx_span *s)
{
	const dx_tok *toks = d->text.toks;
	int			h,
				b = s->t0 - 1;

	for (h = s->t0; h + 2 < s->t1 && toks[h + 1].type == TK_HYPHEN; h += 2)
		;
	if (office_plural(d, s) || one_of_many(d, s) || !tok_may_be(d, h, DX_G(NOUN) | DX_G(plur) | DX_G(nomn)))
		return 0;
	return b < 0 || toks[b].sent != toks[s->t0].sent || toks[b].type == TK_PUNCT || toks[b].type == TK_DASH ||
		(toks[b].type == TK_WORD && ((dx_tok_gram(d, b) & (GR_AND | GR_CONJ)) || verb_only(d, b)));
}

/*
 * Is the name starting at token j in the nominative, as far as its given
 * name shows: the form the lexicon lists (Иван, not Ивана), of a found
 * person or of one plural_holders is about to read?
 */
static int
given_nominative(const dx_doc *d, int j)
{
	if (d->tokperson[j] >= 0)
		return name_nominative(d, j, d->tokperson[j]);
	return dx_tok_entry_kind(d, j, LK_GIVEN) >= 0 && !given_oblique(d, j);
}

/*
 * "министры финансов Иван Петров и экономики Пётр Сидоров": lower-case
 * words of another post (no preposition, verb or office among them, three
 * at most) at token j, after и, before the next name.  Returns where the
 * name starts, or j.
 */
static int
topic_before_name(const dx_doc *d, int j)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				k;

	for (k = j; k < n && k < j + 3 && toks[k].type == TK_WORD && !(toks[k].flags & TF_CAP) &&
		 toks[k].sent == toks[j].sent && dx_span_kind_at(d, k) == LK_NONE &&
		 dx_tok_entry_kind(d, k, LK_OFFICE) < 0 && !(dx_tok_gram(d, k) & GR_PREP) &&
		 !dx_function_word(toks[k].low) && !verb_only(d, k) && !dx_verb_form(&toks[k]) && !verb_like(&toks[k]) &&
		 !rank_word(d, k) && !dx_tok_has_cue(d, k, CUE_TITLE); k++)
		;
	return k > j && k < n && name_begins(d, k) ? k : j;
}

/*
 * "министры обороны и иностранных дел Андорры", "министры финансов,
 * экономики и культуры": the words of a plural office after its head noun,
 * up to its state or to token end, a list of posts joined by и or commas,
 * each of lower-case words with no preposition (not "по торговле и
 * инвестициям") and no other office ("заместители министра финансов и
 * экономики" share one).  Fills [a[i], b[i]) with each post's words;
 * returns how many (two at least), or 0 when they are no such list.
 */
static int
post_list(const dx_doc *d, const dx_span *s, int end, int *a, int *b, int max)
{
	const dx_tok *toks = d->text.toks;
	int			self = (int) (s - d->spans),
				np = 0,
				start = s->t0 + 1,
				k;

	if (start >= end || adjective_only(d, s->t0) || toks[start].type == TK_HYPHEN)
		return 0;
	for (k = start; k < end && k < s->t0 + 16; k++)
	{
		const dx_tok *t = &toks[k];

		if ((dx_tok_gram(d, k) & GR_AND) || dx_tok_punct(t, ','))
		{
			if (k == start || np + 2 > max)
				return 0;
			a[np] = start;
			b[np++] = k;
			start = k + 1;
			continue;
		}
		if (t->type != TK_WORD || (t->flags & TF_CAP))
			break;
		if ((d->tokspan[k] >= 0 && d->tokspan[k] != self) || dx_tok_entry_kind(d, k, LK_OFFICE) >= 0 ||
			(dx_tok_gram(d, k) & GR_PREP) || dx_function_word(t->low) || verb_only(d, k) || dx_verb_form(t) ||
			verb_like(t))
			return 0;
	}
	if (k == start || np == 0)
		return 0;
	/* the list ends at the office's state, or where the names start */
	if (k != end && !(dx_span_kind_at(d, k) == LK_COUNTRY && d->spans[d->tokspan[k]].t0 == k &&
					  d->spans[d->tokspan[k]].t1 == end))
		return 0;
	a[np] = start;
	b[np++] = k;
	return np;
}

/*
 * "адвокаты Путина Анна Белова и Олег Ветров", "помощники Ивана Петрова
 * Анна Белова и Олег Ветров": the name of the person whose office it is, in
 * the genitive, at token j right after a plural office's words, before
 * another name, in an office's case (gcase) no genitive stands in
 * apposition to.  Returns the token after it, j when there is none.
 */
static int
possessor_before_names(dx_doc *d, int j, int gcase)
{
	const dx_tok *t = d->text.toks;
	int			n = d->text.ntoks,
				as_nom = 0,
				p = d->tokperson[j],
				q;

	if (!possessor_case(gcase) && gcase != DX_INS)
		return j;
	if (j + 1 >= n || !dx_is_cap_word(d, j + 1) || t[j + 1].sent != t[j].sent)
		return j;
	if (story_surname_genitive(d, j, &as_nom) && as_nom != 1)
		return j + 1;
	if (p < 0 && dx_span_kind_at(d, j) == LK_SURNAME && d->spans[d->tokspan[j]].t0 == j)
		p = dx_lexicon_person(d, j, d->spans[d->tokspan[j]].t1, d->spans[d->tokspan[j]].entry);
	else if (p < 0 && given_in_genitive(d, j))
		dx_rule_person(d, j, DX_GEN, 1, &p);
	if (p < 0 || d->tokperson[j] != p || !possessor(d, j, p))
		return j;
	for (q = j; q < n && d->tokperson[q] == p; q++)
		;
	return q;
}

/*
 * An office in the plural shared by the names that follow it: "министры
 * иностранных дел Франции и Италии Жан Дюпон и Карло Росси", "послы Жан
 * Дюпон и Карло Росси".  From token end (past the office's words and first
 * state), past the other states of the list, each name of a list of two or
 * more joined by "и" or commas takes the office, and the state of the same
 * place in the list of states when the two lists are as long.  Returns the
 * number of names given the office.
 */
static int
plural_holders(dx_doc *d, const dx_span *s, const lex_entry *oe, const char *role, const char *country, int end)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				j = end,
				nc = 0,
				ne = 0,
				h,
				gcase = DX_NOM;
	const char *states[8];
	int			ents[8],
				bodies[8],
				nb = 0,
				pa[8],
				pb[8],
				np,
				ta[8],
				tb[8],
				nt = 0;

	/* "Франции и Италии": the other states of the list */
	nc = state_list(d, country, &j, states, 8);
	/* "послы Франции и Италии в России": the place of the posts, before the names */
	if (nc >= 2 && j + 2 < n && toks[j].type == TK_WORD && (dx_tok_gram(d, j) & POST_PREPS) &&
		d->tokspan[j + 1] >= 0 && d->spans[d->tokspan[j + 1]].t0 == j + 1 &&
		(dx_span_kind_at(d, j + 1) == LK_COUNTRY || dx_span_kind_at(d, j + 1) == LK_CAPITAL ||
		 dx_span_kind_at(d, j + 1) == LK_CITY || dx_span_kind_at(d, j + 1) == LK_ORG) &&
		d->spans[d->tokspan[j + 1]].t1 < n && (toks[d->spans[d->tokspan[j + 1]].t1].flags & TF_CAP))
		j = d->spans[d->tokspan[j + 1]].t1;
	if (j >= n || toks[j].sent != toks[s->t0].sent)
		return 0;
	/* "глава МИД Франции и Италии Жан Дюпон и Карло Росси": a singular office asks for a state for each name */
	if (!office_plural(d, s) && !plural_before_names(d, s) && nc < 2)
		return 0;
	/*
	 * the office in the nominative: not "советников Путина", "губернаторов";
	 * or in the instrumental or dative, which no possessor shares ("с
	 * послами Франции и Германии Пьером Дюпоном и Карлом Шмидтом")
	 */
	for (h = s->t0; h + 2 < s->t1 && toks[h + 1].type == TK_HYPHEN; h += 2)
		;						/* вице-президенты: the word after the hyphens */
	if (!dx_morph_may_be(d->lex, d->text.src + toks[h].b0, (size_t) (toks[h].b1 - toks[h].b0),
						 DX_G(nomn)) || dx_gen_plural_ending(toks[h].low) ||
		(s->t0 > 0 && (dx_tok_gram(d, s->t0 - 1) & GR_PREP)))
	{
		uint64_t	cases = 0;

		if (!(head_noun_reading(d, h, &cases) & DX_G(plur)))
			return 0;
		if (cases == DX_G(ablt))
			gcase = DX_INS;
		else if (cases == DX_G(datv))
			gcase = DX_DAT;
		/*
		 * "встреча министров иностранных дел Франции и Италии Жана Дюпона
		 * и Карло Росси": in the genitive the office's possessors are the
		 * states, a name for each, not the names ("советников Дюпона")
		 */
		else if ((cases & DX_G(gent)) && nc >= 2)
			gcase = DX_GEN;
		else
			return 0;
	}
	/* "генеральные секретари ООН и НАТО": a list of bodies after the office's words, a name for each */
	if (nc == 0 && end > s->t1 && dx_span_kind_at(d, end - 1) == LK_ORG &&
		d->spans[d->tokspan[end - 1]].t1 == end && d->spans[d->tokspan[end - 1]].t0 >= s->t1)
	{
		bodies[nb++] = d->spans[d->tokspan[end - 1]].t0;
		while (j + 1 < n && nb < 8 && ((dx_tok_gram(d, j) & GR_AND) || dx_tok_punct(&toks[j], ',')) &&
			   dx_span_kind_at(d, j + 1) == LK_ORG && d->spans[d->tokspan[j + 1]].t0 == j + 1)
		{
			bodies[nb++] = j + 1;
			j = d->spans[d->tokspan[j + 1]].t1;
		}
		if (nb < 2)
			nb = 0;
		else if (j >= n || toks[j].sent != toks[s->t0].sent)
			return 0;
	}
	/* "министры обороны Андорры и Монако генералы Иван Петров и Пётр Сидоров": the ranks they share */
	if (j < n && describing_plural(d, j, gcase) > j && name_begins(d, describing_plural(d, j, gcase)))
		j = describing_plural(d, j, gcase);
	/*
	 * "главы МИД" (plural_before_names): a genitive singular unless the
	 * first name, found already, is in the nominative
	 */
	if (!office_plural(d, s) && (j >= n || !given_nominative(d, j)))
		return 0;
	if (j < n && office_plural(d, s) && nc == 0 && nb == 0)
		j = possessor_before_names(d, j, gcase);
	while (j < n && ne < 8 && (toks[j].flags & TF_CAP))
	{
		int			ent = -1,
					q;

		if (d->tokperson[j] >= 0)
		{
			ent = d->tokperson[j];
			for (q = j; q < n && d->tokperson[q] == ent; q++)
				;
		}
		else if (!(j + 1 < n && dx_is_cap_word(d, j) && dx_is_cap_word(d, j + 1) &&
				   dx_span_kind_at(d, j) != LK_REGION && dx_span_kind_at(d, j) != LK_CITY &&
				   dx_span_kind_at(d, j) != LK_COUNTRY && dx_span_kind_at(d, j) != LK_ORG))
			break;				/* a name of two words at least: "Депутаты Приморья" names none */
		else if ((q = dx_rule_person(d, j, gcase, 1, &ent)) < j + 2)
			ent = -1;
		if (ent < 0)
			break;
		ents[ne++] = ent;
		j = q;
		/* "депутаты Иван Петров (ЛДПР) и Пётр Сидоров (КПРФ)": a gloss in brackets after each name */
		if (j < n && dx_tok_punct(&toks[j], '('))
		{
			for (q = j + 1; q < n && q <= j + 8 && toks[q].sent == toks[j].sent && !dx_tok_punct(&toks[q], ')') &&
				 !dx_tok_punct(&toks[q], '('); q++)
				;
			if (q < n && q <= j + 8 && dx_tok_punct(&toks[q], ')'))
				j = q + 1;
		}
		if (j + 1 < n && ((dx_tok_gram(d, j) & GR_AND) || dx_tok_punct(&toks[j], ',')) &&
			((toks[j + 1].flags & TF_CAP) || holder_start(d, j + 1, gcase) > j + 1 ||
			 (office_plural(d, s) && nb == 0 && ne < 8 && topic_before_name(d, j + 1) > j + 1)))
			j++;
		else
			break;
		/* "министры финансов Иван Петров и экономики Пётр Сидоров": the next one's own post */
		if (office_plural(d, s) && nb == 0 && topic_before_name(d, j) > j)
		{
			ta[ne] = j;
			j = tb[ne] = topic_before_name(d, j);
			nt++;
		}
		/*
		 * "министры иностранных дел Андорры Иван Петров и Монако Пётр
		 * Сидоров": each name after its own state
		 */
		if (nc == ne && nc < 8 && nb == 0 && dx_span_kind_at(d, j) == LK_COUNTRY && d->spans[d->tokspan[j]].t0 == j &&
			d->spans[d->tokspan[j]].t1 + 1 < n && dx_is_cap_word(d, d->spans[d->tokspan[j]].t1) &&
			toks[d->spans[d->tokspan[j]].t1].sent == toks[j].sent)
		{
			states[nc++] = dx_entry(d, d->spans[d->tokspan[j]].entry)->code;
			j = d->spans[d->tokspan[j]].t1;
		}
		/* "Иван Петров и генерал Пётр Сидоров", "65-летний Иван Петров и 58-летний Пётр Сидоров" */
		j = holder_start(d, j, gcase);
	}
	if (ne < 2 || (gcase == DX_GEN && ne != nc) || (!office_plural(d, s) && !plural_before_names(d, s) && ne != nc) ||
		(nb > 0 && ne != nb))
		return 0;
	/*
	 * "президенты двух стран", "главы обеих делегаций": a number of bodies
	 * shared by the names, one each; the office's words end before it
	 */
	for (h = s->t1; h < end; h++)
		if ((toks[h].type == TK_NUM || (toks[h].type == TK_WORD && !(toks[h].flags & TF_CAP) &&
										tok_may_be(d, h, DX_G(NUMR)))) &&
			h + 1 < end && tok_may_be(d, h + 1, DX_G(NOUN) | DX_G(gent) | DX_G(plur)))
		{
			if (h == s->t1)
				role = plain_office(d, oe, NULL, 1);
			/* "главы оборонных ведомств двух стран": the office of the bodies' heads */
			else if (head_of_body_office(d, oe, s->t1, h))
				role = head_of_body_office(d, oe, s->t1, h);
			else
			{
				dx_buf		rb;

				dx_buf_init(&rb, d->a);
				dx_buf_adds(&rb, oe->term);
				dx_buf_addc(&rb, ' ');
				dx_buf_adds(&rb, office_words(d, oe, s->t1, h));
				role = ranked_role(d, s, dx_buf_str(&rb));
			}
			break;
		}
	/*
	 * "министры обороны и иностранных дел Андорры Иван Петров и Пётр
	 * Сидоров": as many posts as names, of one state or none, one each in
	 * their order
	 */
	np = nb == 0 && nc <= 1 ? post_list(d, s, end, pa, pb, 8) : 0;
	if (np != ne)
		np = 0;
	/*
	 * "министры финансов Иван Петров и экономики Пётр Сидоров": every name
	 * after the first with its own post, the first the office's words
	 */
	if (nt > 0 && nt == ne - 1 && np == 0 && end > s->t0 + 1 && !adjective_only(d, s->t0) &&
		d->text.toks[s->t0 + 1].type != TK_HYPHEN)
	{
		int			e0 = end;

		/* the first post's words end at the office's state */
		if (nc == 1 && dx_span_kind_at(d, end - 1) == LK_COUNTRY)
			e0 = d->spans[d->tokspan[end - 1]].t0;
		ta[0] = s->t0 + 1;
		tb[0] = e0;
		np = ne;
		for (h = 0; h < ne; h++)
		{
			pa[h] = ta[h];
			pb[h] = tb[h];
		}
	}
	for (int i = 0; i < ne; i++)
	{
		const char *r = role;

		if (np > 0)
		{
			dx_buf		rb;

			dx_buf_init(&rb, d->a);
			dx_buf_adds(&rb, d->lex->words[oe->w0].low);
			for (h = pa[i]; h < pb[i]; h++)
			{
				dx_buf_addc(&rb, ' ');
				dx_buf_add(&rb, d->text.src + toks[h].b0, (size_t) (toks[h].b1 - toks[h].b0));
			}
			r = dx_buf_str(&rb);
		}
		/* "генеральные секретари ООН и НАТО": each his own body */
		if (nb > 0)
		{
			dx_buf		rb;
			const char *before = office_words(d, oe, s->t1, bodies[0]);

			dx_buf_init(&rb, d->a);
			dx_buf_adds(&rb, oe->term);
			if (*before)
			{
				dx_buf_addc(&rb, ' ');
				dx_buf_adds(&rb, before);
			}
			dx_buf_addc(&rb, ' ');
			dx_buf_adds(&rb, office_words(d, oe, bodies[i], d->spans[d->tokspan[bodies[i]]].t1));
			r = dx_buf_str(&rb);
		}
		/* "народные депутаты Украины A и B": one state, each one's */
		give_office(d, &d->ents[ents[i]], r, oe, nc == ne ? states[i] : nc == 1 ? states[0] : NULL, 0, 1);
	}
	return ne;
}

/* is the head of office span s (past its hyphens) a plural in the instrumental only: "заместителями" */
static int
plural_instrumental(const dx_doc *d, const dx_span *s)
{
	int			h;
	uint64_t	cases = 0;

	for (h = s->t0; h + 2 < s->t1 && d->text.toks[h + 1].type == TK_HYPHEN; h += 2)
		;
	return (head_noun_reading(d, h, &cases) & DX_G(plur)) && cases == DX_G(ablt);
}

/* add entity ent to the list of holders ents (ne long); 0 when it is there already */
static int
add_holder(int *ents, int *ne, int ent)
{
	int			i;

	for (i = 0; i < *ne; i++)
		if (ents[i] == ent)
			return 0;
	ents[(*ne)++] = ent;
	return 1;
}

/* the office at span s, read after the names, to each of the ne holders ents; returns ne */
static int
give_each(dx_doc *d, const dx_span *s, const lex_entry *oe, const int *ents, int ne, int *end)
{
	const char *country;
	const char *role = office_role(d, s, 1, &country, end);
	int			i;

	for (i = 0; i < ne; i++)
		give_office(d, &d->ents[ents[i]], role, oe, country, 0, 1);
	return ne;
}

/*
 * "Жан Дюпон и Карло Росси, министры иностранных дел Франции и Италии,":
 * an office in the plural in apposition to a list of names before it and a
 * comma, joined by "и" or commas, with no name after its words (end): each
 * name takes the office, and the state of the same place in the list of
 * states when the two lists are as long.  Returns the number of names given
 * the office.
 */
static int
plural_apposition(dx_doc *d, const dx_span *s, const lex_entry *oe, const char *role, const char *country, int end)
{
	const dx_tok *toks = d->text.toks;
	int			k = s->t0 - 2,
				ne = 0,
				nc,
				j = end;
	const char *states[8];
	int			ents[8];

	if (k < 0 || !dx_tok_punct(&toks[s->t0 - 1], ',') || d->tokname[k] < 0 ||
		(end < d->text.ntoks && d->tokperson[end] >= 0))
		return 0;
	/* the names, from the last back to the first */
	while (ne < 8)
	{
		int			ent = d->tokname[k],
					f = k;

		while (f > 0 && d->tokname[f - 1] == ent)
			f--;
		if (!add_holder(ents, &ne, ent))
			return 0;
		if (f < 2 || toks[f - 1].sent != toks[s->t0].sent ||
			!((dx_tok_gram(d, f - 1) & GR_AND) || dx_tok_punct(&toks[f - 1], ',')) || d->tokname[f - 2] < 0)
			break;
		k = f - 2;
	}
	if (ne < 2)
		return 0;
	nc = state_list(d, country, &j, states, 8);
	for (int i = 0; i < ne; i++)
		give_office(d, &d->ents[ents[ne - 1 - i]], role, oe, nc == ne ? states[i] : nc == 1 ? states[0] : NULL, 0, 1);
	return ne;
}

/*
 * "Иван Петров и Сергей Смирнов стали депутатами парламента", "X и Y были
 * избраны членами правления": an office in the instrumental plural after a
 * verb in the plural of a link or of appointment (link_verb, appointed; an
 * auxiliary before a participle), whose subject is a list of two or more
 * names in the nominative joined by "и" or commas: each name takes the
 * office (and its state, when one).  Returns the number of names given it.
 */
static int
plural_subjects(dx_doc *d, const dx_span *s, const lex_entry *oe)
{
	const dx_tok *toks = d->text.toks;
	int			j = s->t0 - 1,
				ne = 0,
				end;
	int			ents[8];

	if (!plural_instrumental(d, s))
		return 0;
	while (j >= 0 && j >= s->t0 - 2 && toks[j].type == TK_WORD && !(toks[j].flags & TF_CAP) &&
		   dx_adjective_form(&toks[j]) && !noun_only(d, j))
		j--;
	if (j < 3 || toks[j].type != TK_WORD || toks[j].sent != toks[s->t0].sent || !tok_may_be(d, j, DX_G(plur)) ||
		!(dx_tok_has_cue(d, j, CUE_LINK_VERB) || dx_tok_has_cue(d, j, CUE_APPOINTED)))
		return 0;
	/* "были избраны": the auxiliary before the participle */
	if (dx_tok_has_cue(d, j, CUE_APPOINTED) && (dx_tok_gram(d, j - 1) & GR_AUX) && tok_may_be(d, j - 1, DX_G(plur)))
		j--;
	j = before_verb_adverb(d, j - 1);
	/* the names, from the last back to the first */
	while (j >= 0 && ne < 8 && d->tokname[j] >= 0 && toks[j].sent == toks[s->t0].sent)
	{
		int			ent = d->tokname[j],
					f = j;

		while (f > 0 && d->tokname[f - 1] == ent)
			f--;
		if (d->tokperson[f] != ent || !name_nominative(d, f, ent))
			return 0;
		if (!add_holder(ents, &ne, ent))
			return 0;
		if (f < 2 || !((dx_tok_gram(d, f - 1) & GR_AND) || dx_tok_punct(&toks[f - 1], ',')))
		{
			j = f - 1;
			break;
		}
		j = f - 2;
	}
	/* the list opens its clause */
	if (ne < 2 || (j >= 0 && toks[j].sent == toks[s->t0].sent && toks[j].type == TK_WORD &&
				   !(dx_tok_gram(d, j) & (GR_AND | GR_CONJ))))
		return 0;
	return give_each(d, s, oe, ents, ne, &end);
}

/*
 * "Депутатами парламента стали Иван Петров и Сергей Смирнов",
 * "Заместителями министра назначены X и Y": an office in the instrumental
 * plural, its words, a verb in the plural of a link, of appointment or of
 * taking a post (link_verb, appointed, holds_post), then a list of two or
 * more names in the nominative joined by "и" or commas: each name takes the
 * office.  Returns the number of names given it.
 */
static int
plural_subjects_after(dx_doc *d, const dx_span *s, const lex_entry *oe)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				j = s->t1,
				b,
				ne = 0;
	int			ents[8];

	if (!plural_instrumental(d, s))
		return 0;
	/* the office opens its clause, its adjectives before it: not "рядом с депутатами были X и Y" */
	for (b = s->t0 - 1; b >= 0 && b >= s->t0 - 2 && toks[b].type == TK_WORD && d->tokspan[b] < 0 &&
		 dx_adjective_form(&toks[b]) && !noun_only(d, b); b--)
		;
	if (b >= 0 && toks[b].sent == toks[s->t0].sent && toks[b].type != TK_PUNCT && toks[b].type != TK_DASH &&
		!(toks[b].type == TK_WORD && (dx_tok_gram(d, b) & (GR_AND | GR_CONJ))))
		return 0;
	/* the office's words, lower-case words with no verb, up to the verb */
	while (j < n && j < s->t1 + 6 && toks[j].type == TK_WORD && !(toks[j].flags & TF_CAP) &&
		   !(dx_tok_has_cue(d, j, CUE_LINK_VERB) || dx_tok_has_cue(d, j, CUE_APPOINTED) ||
			 dx_tok_has_cue(d, j, CUE_HOLDS_POST)) &&
		   !dx_verb_form(&toks[j]) && !verb_like(&toks[j]) && !short_participle(&toks[j]) &&
		   !(dx_tok_gram(d, j) & (GR_CONJ | GR_PRON | GR_REL | GR_WHICH | GR_NOT)))
		j++;
	if (j + 1 >= n || toks[j].type != TK_WORD || toks[j].sent != toks[s->t0].sent || !tok_may_be(d, j, DX_G(plur)) ||
		!(dx_tok_has_cue(d, j, CUE_LINK_VERB) || dx_tok_has_cue(d, j, CUE_APPOINTED) ||
		  dx_tok_has_cue(d, j, CUE_HOLDS_POST)))
		return 0;
	j++;
	while (j < n && ne < 8 && d->tokperson[j] >= 0 && toks[j].sent == toks[s->t0].sent)
	{
		int			ent = d->tokperson[j];

		if (!name_nominative(d, j, ent))
			return 0;
		if (!add_holder(ents, &ne, ent))
			return 0;
		while (j < n && d->tokperson[j] == ent)
			j++;
		if (j + 1 < n && ((dx_tok_gram(d, j) & GR_AND) || dx_tok_punct(&toks[j], ',')) &&
			d->tokperson[j + 1] >= 0)
			j++;
		else
			break;
	}
	if (ne < 2)
		return 0;
	return give_each(d, s, oe, ents, ne, &j);
}

/*
 * Is the name of entity ent starting at token t0 in the nominative?  Its
 * given name in the form the lexicon lists, or, with no given name, the
 * name as written is the entity's own ("Петров", not "Петрова").
 */
static int
name_nominative(const dx_doc *d, int t0, int ent)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				t1 = t0;
	size_t		len;

	if (dx_tok_entry_kind(d, t0, LK_GIVEN) >= 0)
		return !given_oblique(d, t0);
	while (t1 < n && d->tokperson[t1] == ent)
		t1++;
	len = (size_t) (toks[t1 - 1].b1 - toks[t0].b0);
	return strlen(d->ents[ent].name) == len && strncmp(d->ents[ent].name, d->text.src + toks[t0].b0, len) == 0;
}

/*
 * The token after the words of the post at office span s, before the name
 * after it: lower-case words of no verb and the states, places and bodies
 * the lexicon knows, up to eight tokens ("на посту мэра города", "на посту
 * министра финансов Андорры").
 */
static int
post_words_end(const dx_doc *d, const dx_span *s)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				k = s->t1;

	while (k < n && k < s->t1 + 8 && toks[k].sent == toks[s->t0].sent && d->tokperson[k] < 0)
	{
		int			kind = dx_span_kind_at(d, k);

		if ((kind == LK_COUNTRY || kind == LK_CITY || kind == LK_REGION || kind == LK_ORG) &&
			d->spans[d->tokspan[k]].t0 == k)
		{
			k = d->spans[d->tokspan[k]].t1;
			continue;
		}
		if (toks[k].type != TK_WORD || (toks[k].flags & TF_CAP) || kind != LK_NONE || dx_verb_form(&toks[k]) ||
			verb_like(&toks[k]) || short_participle(&toks[k]) || dx_function_word(toks[k].low) ||
			dx_tok_has_cue(d, k, CUE_LINK_VERB) || dx_tok_has_cue(d, k, CUE_APPOINTED) ||
			dx_tok_has_cue(d, k, CUE_HOLDS_POST))
			break;
		k++;
	}
	return k;
}

/* is the name right before the verb at token v in the accusative: "Ивана Петрова сменил"? */
static int
fronted_replaced(const dx_doc *d, int v)
{
	int			e,
				f;

	if (v < 1 || d->tokperson[v - 1] < 0 || d->text.toks[v - 1].sent != d->text.toks[v].sent)
		return 0;
	e = d->tokperson[v - 1];
	for (f = v - 1; f > 0 && d->tokperson[f - 1] == e; f--)
		;
	return name_accusative(d, f, v - 1, e);
}

/*
 * "Иван Петров сменил на посту министра обороны Олега Сидорова", "на посту
 * министра Олега Сидорова сменил Иван Петров": the post (на посту) in a
 * clause of a verb of replacing is the verb's subject's, the name in the
 * nominative before the verb (or before a comma and the participle) or
 * right after it; the one replaced, in the accusative, held it before and
 * takes nothing.  Returns 0 when the office is no such post, else 1 with
 * *ent the subject's entity or -1.
 */
static int
replaced_post(const dx_doc *d, const dx_span *s, int *ent)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				sent = toks[s->t0].sent,
				v,
				q;

	*ent = -1;
	if (s->t0 < 2 || !dx_tok_has_cue(d, s->t0 - 1, CUE_POST_NOUN) || !(dx_tok_gram(d, s->t0 - 2) & GR_P_NA))
		return 0;
	for (v = s->t0 - 2; v > 0 && toks[v - 1].sent == sent; v--)
		;
	for (; v < n && toks[v].sent == sent && !(toks[v].type == TK_WORD && dx_tok_has_cue(d, v, CUE_REPLACE_VERB)); v++)
		;
	if (v >= n || toks[v].sent != sent)
		return 0;
	/* the subject before the verb: "Иван Петров сменил", "Иван Петров, сменивший" */
	q = v - 1;
	if (q >= 1 && dx_tok_punct(&toks[q], ',') && d->tokperson[q - 1] >= 0)
		q--;
	if (q >= 0 && toks[q].sent == sent && d->tokperson[q] >= 0)
	{
		int			e = d->tokperson[q];

		while (q > 0 && d->tokperson[q - 1] == e)
			q--;
		if (name_nominative(d, q, e))
		{
			*ent = e;
			return 1;
		}
	}
	/* the subject after it: "сменил Иван Петров" */
	if (v + 1 < n && toks[v + 1].sent == sent && d->tokperson[v + 1] >= 0 &&
		name_nominative(d, v + 1, d->tokperson[v + 1]))
		*ent = d->tokperson[v + 1];
	/*
	 * "Ивана Петрова сменил на посту мэра Олег Смирнов": the one replaced
	 * before the verb, showing the accusative, the subject after the post's
	 * words
	 */
	else if (v < s->t0 && fronted_replaced(d, v) && (q = post_words_end(d, s)) < n && toks[q].sent == sent &&
			 d->tokperson[q] >= 0 && name_nominative(d, q, d->tokperson[q]))
		*ent = d->tokperson[q];
	/*
	 * "Он сменил на посту главного тренера", "Бельгиец заменил на посту
	 * главного тренера": a pronoun or a person's noun opening the sentence,
	 * the subject, stands for a person of the sentence before
	 */
	else if (v >= 1 && toks[v - 1].sent == sent && sentence_pronoun(d, v - 1))
	{
		*ent = pronoun_antecedent(d, v - 1);
		if (*ent >= 0 && verb_gender_differs(d, v, *ent))
			*ent = -1;
	}
	else if (v >= 1 && toks[v - 1].sent == sent)
		*ent = noun_subject_antecedent(d, v - 1, v);
	return 1;
}

/* a finite verb of a link or of holding a post (стал, станет, назначен; not ставший) at token k */
static int
successor_verb(const dx_doc *d, int k)
{
	return d->text.toks[k].type == TK_WORD && !tok_may_be(d, k, DX_G(PRTF)) &&
		(dx_tok_has_cue(d, k, CUE_LINK_VERB) || dx_tok_has_cue(d, k, CUE_HOLDS_POST));
}

/*
 * "Иван Петров, ставший преемником Олега Смирнова на посту мэра,",
 * "Анна Петрова, назначенная преемницей": a participle of a link verb, of
 * appointing or of taking a post (classes link_verb, appointed, holds_post;
 * in the nominative) right before the successor noun at token p, after a
 * name in the nominative and its comma: that name's entity, or -1.
 */
static int
successor_participle_subject(const dx_doc *d, int p)
{
	const dx_tok *toks = d->text.toks;
	int			v = p - 1,
				k,
				e;

	if (v < 2 || toks[v].type != TK_WORD || toks[v].sent != toks[p].sent ||
		!tok_may_be(d, v, DX_G(PRTF) | DX_G(nomn)) ||
		!(dx_tok_has_cue(d, v, CUE_LINK_VERB) || dx_tok_has_cue(d, v, CUE_APPOINTED) ||
		  dx_tok_has_cue(d, v, CUE_HOLDS_POST)) ||
		!dx_tok_punct(&toks[v - 1], ',') || toks[v - 2].sent != toks[p].sent || d->tokperson[v - 2] < 0)
		return -1;
	e = d->tokperson[v - 2];
	for (k = v - 2; k > 0 && k > v - 8 && d->tokperson[k - 1] == e; k--)
		;
	if (!name_nominative(d, k, e) || verb_gender_differs(d, v, e))
		return -1;
	return e;
}

/*
 * "Его преемником на посту министра стал Иван Петров", "Преемницей Анны
 * Орловой на посту мэра назначена Мария Петрова", "Иван Петров стал
 * преемником Олега Смирнова на посту мэра": the post (на посту) after a
 * successor (class successor_noun, in the instrumental) is the subject's of
 * the link verb, the name in the nominative after the post's words and the
 * verb, or before the verb; the one succeeded, in the genitive, held it
 * before and takes nothing.  Returns 1 with *ent the subject's entity, else
 * 0.
 */
static int
successor_post(const dx_doc *d, const dx_span *s, int *ent)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				sent = toks[s->t0].sent,
				p = s->t0 - 3,
				k;

	*ent = -1;
	if (p < 0 || !dx_tok_has_cue(d, s->t0 - 1, CUE_POST_NOUN) || !(dx_tok_gram(d, s->t0 - 2) & GR_P_NA))
		return 0;
	/* "преемником Анны Орловой на посту", "преемником Петрова": past the one succeeded */
	for (k = p; p > 0 && p > k - 4 && toks[p].type == TK_WORD && (toks[p].flags & TF_CAP) &&
		 !dx_tok_has_cue(d, p, CUE_SUCCESSOR_NOUN) &&
		 (d->tokperson[p] >= 0 ? d->tokperson[p] == d->tokperson[k] : dx_span_kind_at(d, p) == LK_NONE); p--)
		;
	if (p < 0 || toks[p].sent != sent || toks[p].type != TK_WORD || !dx_tok_has_cue(d, p, CUE_SUCCESSOR_NOUN))
		return 0;
	/* "Олег Смирнов, преемник Ивана Петрова на посту мэра,": in apposition after a name and its comma */
	if (!tok_may_be(d, p, DX_G(ablt)))
	{
		if (p >= 2 && tok_may_be(d, p, DX_G(NOUN) | DX_G(nomn)) && dx_tok_punct(&toks[p - 1], ',') &&
			toks[p - 2].sent == sent && d->tokperson[p - 2] >= 0)
		{
			int			e = d->tokperson[p - 2];

			for (k = p - 2; k > 0 && d->tokperson[k - 1] == e; k--)
				;
			if (name_nominative(d, k, e))
				*ent = e;
		}
		return *ent >= 0;
	}
	if ((*ent = successor_participle_subject(d, p)) >= 0)
		return 1;
	/* "Иван Петров стал преемником", "Он стал преемником": the subject before the verb */
	if (p >= 2 && toks[p - 1].sent == sent && successor_verb(d, p - 1))
	{
		k = before_verb_adverb(d, p - 2);
		if (k >= 0 && toks[k].sent == sent && d->tokperson[k] >= 0)
		{
			int			e = d->tokperson[k];

			while (k > 0 && d->tokperson[k - 1] == e)
				k--;
			if (name_nominative(d, k, e))
				*ent = e;
		}
		else if (k >= 0 && toks[k].sent == sent && sentence_pronoun(d, k))
			*ent = pronoun_antecedent(d, k);
		if (*ent >= 0 && verb_gender_differs(d, p - 1, *ent))
			*ent = -1;
		return *ent >= 0;
	}
	/* "на посту министра стал Иван Петров", "на посту мэра был назначен Олег Смирнов" */
	k = post_words_end(d, s);
	if (k + 2 < n && (dx_tok_gram(d, k) & GR_AUX) && dx_tok_has_cue(d, k + 1, CUE_APPOINTED))
		k++;
	if (k + 1 < n && toks[k + 1].sent == sent && successor_verb(d, k) &&
		d->tokperson[k + 1] >= 0 && name_nominative(d, k + 1, d->tokperson[k + 1]) &&
		!verb_gender_differs(d, k, d->tokperson[k + 1]))
		*ent = d->tokperson[k + 1];
	return *ent >= 0;
}

/*
 * "профессор университета Антони Доменеч, профессор экономики, президент
 * Сети Даньел Равентос": the name at token p closes an item of a list of
 * offices and names, its office's words right before it; the offices
 * after its comma open the next item, not an apposition of its own
 */
static int
listed_holder(const dx_doc *d, int p)
{
	const dx_tok *toks = d->text.toks;
	int			e = d->tokname[p],
				f = p,
				k;

	if (e < 0)
		return 0;
	while (f > 0 && f > p - 6 && d->tokname[f - 1] == e)
		f--;
	/* an office's words, of a few words with no mark between, right before the name */
	for (k = f - 1; k >= 0 && k >= f - 10 && toks[k].type == TK_WORD && toks[k].sent == toks[p].sent; k--)
		if (dx_span_kind_at(d, k) == LK_OFFICE)
			return k < f - 1;
	return 0;
}

/*
 * One pass over the office spans: the role each names goes to the person
 * after it (after_name 0) or to the person named before it and a comma
 * (after_name 1; 2 when only a person with no office may take it).
 */
static void
office_pass(dx_doc *d, int after_name)
{
	int			k;

	/*
	 * "министр по делам разведки, глава комиссии по атомной энергии Давид
	 * Коэн": an office naming no one that a comma closes, and another
	 * right after it naming a person, are that person's; the first is the
	 * office reported when it has words of its own (not "депутат, глава
	 * фракции", "вице-канцлер, министр экономики")
	 */
	const char *first_role = NULL,
			   *first_country = NULL;
	const dx_span *first = NULL,
			   *joined = NULL;
	int			first_end = -1,
				first_links = 0;

	for (k = 0; k < d->nspans && !DX_POLL(d, k); k++)
	{
		dx_span    *s = &d->spans[k];
		const lex_entry *oe;
		const char *country;
		const char *role;
		int			end,
					ent;

		if (s->kind != LK_OFFICE || s == joined)
			continue;
		oe = dx_entry(d, s->entry);
		/* the post of a verb of replacing: its subject's, in whichever pass finds the name */
		if (replaced_post(d, s, &ent) || successor_post(d, s, &ent))
		{
			first = NULL;
			if (ent >= 0 && !former_office(d, s) && !(after_name == 2 && d->ents[ent].role != NULL))
			{
				/* its words kept with no name after them: "сменил Х на посту ректора университета." */
				role = office_role(d, s, 1, &country, &end);
				give_office(d, &d->ents[ent], ranked_role(d, s, role), oe, country, 1, !own_office(d, s));
			}
			continue;
		}
		if (after_name == 1 && names_many(d, s) && !former_office(d, s) &&
			(plural_subjects(d, s, oe) > 0 || plural_subjects_after(d, s, oe) > 0))
			continue;
		/* "Министры Петров и Сидоров": surnames alone found since the first pass */
		if (after_name == 2 && names_many(d, s) && !former_office(d, s))
		{
			role = office_role(d, s, 0, &country, &end);
			if (end < d->text.ntoks && d->tokperson[end] >= 0 && d->ents[d->tokperson[end]].role == NULL &&
				plural_holders(d, s, oe, role, country, end) > 0)
				continue;
		}
		if (after_name && name_before(d, s, NULL) < 0 && former_name_before(d, s) < 0 && pronoun_holder(d, s) < 0)
			continue;
		role = office_role(d, s, after_name, &country, &end);
		/* "..., профессор экономики, президент Сети Даньел Равентос": the next item's (listed_holder) */
		if (after_name && name_before(d, s, NULL) >= 0 && listed_holder(d, name_before(d, s, NULL)) &&
			office_after_comma(d, end) && !former_office(d, s))
			continue;
		if (first && s != office_after_comma(d, first_end))
			first = NULL;
		if (!after_name && !former_office(d, s) &&
			(names_many(d, s) || plural_before_names(d, s) || states_after(d, country, end) >= 2) &&
			plural_holders(d, s, oe, role, country, end) > 0)
			continue;

		if (after_name && !former_office(d, s) && names_many(d, s) &&
			plural_apposition(d, s, oe, role, country, end) > 0)
			continue;
		ent = after_name ? holder_before(d, s, end) : holder_after(d, s, oe, end);
		/* "жена министра X": the office of someone unnamed, no one's in the story */
		if (ent == -2)
		{
			s->kind = LK_NONE;
			continue;
		}
		/* "Михаил Саакашвили, экс-президент Грузии": the former office, of the name before */
		if (ent < 0 && after_name && former_name_before(d, s) >= 0)
		{
			former_lexicon_office(d, d->tokname[former_name_before(d, s)], oe, country);
			continue;
		}
		if (ent < 0 && !after_name)
			ent = chained_holder(d, end, &role, &country);
		if (ent < 0 && !after_name)
			ent = distant_holder(d, s, oe, end, &role, &country);
		/* "министр обороны, министр финансов Иван Петров": a list of posts */
		if (ent >= 0 && first && !former_office(d, s) &&
			strcmp(d->lex->words[dx_entry(d, first->entry)->w0].low, d->lex->words[oe->w0].low) != 0 &&
			(country == NULL || first_country == NULL || strcmp(country, first_country) == 0))
		{
			/* "лидер Совета старейшин, народный депутат Иван Петров": a chain, one role */
			if (chain_link(d, first_end, s))
				first_role = chain_role(d, first_role, first_end, s, role);
			give_office(d, &d->ents[ent], ranked_role(d, first, first_role), dx_entry(d, first->entry),
						first_country ? first_country : country, 0, 1);
			first = NULL;
			continue;
		}
		/* "председатель комитета, глава комиссии, народный депутат Иван Петров": a link between */
		/* (as after a name, four links at most: a list of posts, not one person's) */
		if (ent < 0 && first && !after_name && office_after_comma(d, end) && chain_link(d, first_end, s) &&
			(country == NULL || first_country == NULL || strcmp(country, first_country) == 0) &&
			++first_links < 4)
		{
			first_role = chain_role(d, first_role, first_end, s, role);
			if (first_country == NULL)
				first_country = country;
			first_end = end;
			continue;
		}
		first = NULL;
		if (ent < 0 && !after_name && office_after_comma(d, end) &&
			!former_office(d, s) && !office_plural(d, s) &&
			(name_before(d, s, NULL) < 0 || listed_holder(d, name_before(d, s, NULL))) && !own_office(d, s) &&
			office_case(d, s, oe) == DX_NOM && strlen(role) > strlen(oe->term) && end + 1 < d->text.ntoks &&
			d->text.toks[end + 1].sent == d->text.toks[s->t0].sent)
		{
			first = s;
			first_role = role;
			first_country = country;
			first_end = end;
			first_links = 0;
		}
		/* after a surname alone, only a person with no office yet takes one */
		if (ent >= 0 && after_name == 2 && d->ents[ent].role != NULL)
			continue;
		/* "Иван Петров, министр финансов, народный депутат, заявил": the offices in apposition after it */
		if (ent >= 0 && after_name && !former_office(d, s))
		{
			role = joined_apposition(d, role, &end, &country, &joined);
			role = apposition_chain(d, role, end, &country);
		}
		/* "бывший глава МИД", "экс-президент": an office no longer held is no role */
		if (ent >= 0 && !former_office(d, s))
			give_office(d, &d->ents[ent], ranked_role(d, s, role), oe, country, after_name && appointed_office(d, s),
						!own_office(d, s));
		else if (ent >= 0)
			former_lexicon_office(d, ent, oe, country);
	}
}

/*
 * "Иван Петров, который возглавляет", "Анна Белова, которая исполняет":
 * «который» in the nominative singular at token j, after a name and its
 * comma, is the subject of the verb after it, standing for the name; not
 * when their genders differ ("жена Ивана Петрова, которая": the wife).
 * Returns the name's entity, or -1.
 */
static int
relative_subject(const dx_doc *d, int j)
{
	const dx_tok *toks = d->text.toks;
	int			ent;

	if (j < 2 || toks[j].type != TK_WORD || !(dx_tok_gram(d, j) & GR_WHICH) || !dx_tok_punct(&toks[j - 1], ',') ||
		(ent = d->tokperson[j - 2]) < 0 || d->tokname[j - 2] < 0 || toks[j - 2].sent != toks[j].sent ||
		!tok_may_be(d, j, DX_G(nomn) | DX_G(sing)) || relative_disagrees(d, j))
		return -1;
	return ent;
}

static int	subject_name_nominative(const dx_doc *d, int e);

/*
 * The person a verb of heading (head_verb) at token v joins to a body:
 * the name before it ("Иван Петров возглавил", "Иван Петров с 2019 года
 * возглавляет", the participle after a comma: "Иван Петров, возглавляющий",
 * «который» after it: "Иван Петров, который возглавляет") or, after the
 * body, the name after it ("Минфин возглавит Иван Петров").  Returns the
 * entity or -1.
 */
static int
head_of_verb(const dx_doc *d, int v, int body_before)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				j;

	if (v < 1 || v >= n || toks[v].type != TK_WORD || (toks[v].flags & TF_CAP) || !dx_tok_has_cue(d, v, CUE_HEAD_VERB))
		return -1;
	if (body_before)
	{
		j = v + 1;
		return j < n && toks[j].sent == toks[v].sent && d->tokperson[j] >= 0 ? d->tokperson[j] : -1;
	}
	if (dx_tok_punct(&toks[v - 1], ','))
		j = v - 2;				/* "Иван Петров, возглавляющий" */
	else
		j = time_before(d, before_verb_adverb(d, v - 1));
	if (relative_subject(d, j) >= 0)
		return relative_subject(d, j);
	/* "Сын Ивана Петрова возглавляет": a name in an oblique case is no subject of the verb */
	if (!dx_tok_punct(&toks[v - 1], ',') && j >= 0 && d->tokname[j] >= 0 && !subject_name_nominative(d, j))
		return -1;
	return j >= 0 && toks[j].sent == toks[v].sent && d->tokperson[j] >= 0 ? d->tokperson[j] : -1;
}

/* token j is a form of an organisation type of class party (партия, фракция, движение, блок) */
static int
party_word(const dx_doc *d, int j)
{
	return j >= 0 && j < d->text.ntoks && d->text.toks[j].type == TK_WORD && dx_tok_org_type(d, j, "party");
}

/*
 * The office of the head of a party named by the word at token j: the
 * lexicon's office of two words, a generic head (class office_generic:
 * лидер) and the party word in the genitive ("лидер партии", "лидер
 * фракции"), or NULL when it has none.
 */
static const char *
party_head_office(const dx_doc *d, int j)
{
	const dx_tok *t = &d->text.toks[j];
	const dx_lexicon *lex = d->lex;
	char		nom[64],
				nom2[64];
	int			k;

	if (dx_morph_nominative(lex, t->low, strlen(t->low), DX_G(NOUN), nom, sizeof(nom)) <= 0)
		return NULL;
	for (k = 0; k < lex->nentries; k++)
	{
		const lex_entry *e = &lex->entries[k];
		const char *w;

		if (e->kind != LK_OFFICE || e->nw != 2 || e->name == NULL ||
			!dx_str_has_cue(lex, lex->words[e->w0].low, CUE_OFFICE_GENERIC))
			continue;
		w = lex->words[e->w0 + 1].low;
		if (dx_morph_may_be(lex, w, strlen(w), DX_G(NOUN) | DX_G(gent) | DX_G(sing)) == 1 &&
			dx_morph_nominative(lex, w, strlen(w), DX_G(NOUN) | DX_G(gent), nom2, sizeof(nom2)) > 0 &&
			strcmp(nom, nom2) == 0)
			return e->name;
	}
	return NULL;
}

/*
 * "фракция «Зелёные» во главе с Анной Сидоровой", "партия «Вперёд» во
 * главе с Иваном Петровым": «во главе с» (в, a generic office of class
 * office_generic in an oblique case, с) after a party word and its name
 * (capitalised words or a name in quotation marks, no comma between), a
 * person's name right after.  Returns the person's entity and sets *party
 * to the party word's token, or returns -1.
 */
static int
party_under_head(const dx_doc *d, int v, int *party)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				j;

	if (v < 1 || v + 2 >= n || toks[v].type != TK_WORD || !(dx_tok_gram(d, v) & GR_P_V) ||
		toks[v + 1].type != TK_WORD || dx_span_kind_at(d, v + 1) != LK_OFFICE ||
		d->spans[d->tokspan[v + 1]].t1 != v + 2 ||
		!dx_str_has_cue(d->lex, d->lex->words[dx_entry(d, d->spans[d->tokspan[v + 1]].entry)->w0].low,
						CUE_OFFICE_GENERIC) ||
		toks[v + 2].type != TK_WORD || !(dx_tok_gram(d, v + 2) & GR_P_S) || v + 3 >= n ||
		toks[v + 3].sent != toks[v].sent || d->tokperson[v + 3] < 0 || d->tokname[v + 3] < 0)
		return -1;
	for (j = v - 1; j >= 0 && j >= v - 6 && toks[j].sent == toks[v].sent; j--)
	{
		if (party_word(d, j))
		{
			*party = j;
			return d->tokperson[v + 3];
		}
		if (!(toks[j].type == TK_QUOTE || (toks[j].type == TK_WORD && (toks[j].flags & TF_CAP) && d->tokname[j] < 0)))
			return -1;
	}
	return -1;
}

/*
 * Person entity ent, heading a body, holds the office of its head, role,
 * of state country (or NULL), when it is a person the story gave no office.
 */
static void
body_head_holds(dx_doc *d, int ent, const char *role, const char *country)
{
	dx_ent	   *e = &d->ents[ent];

	if (e->kind != DX_PERSON || e->role_from_text)
		return;
	e->role = role;
	e->role_class = NULL;
	e->role_from_text = 1;
	if (country && e->country == NULL)
		e->country = country;
}

/*
 * The office a verb of heading at token v gives its subject: the
 * lexicon's office of one word that the verb's cue row (class head_verb)
 * names in its name column: глава for возглавляет, руководитель for
 * руководит.  NULL when the row names none.
 */
typedef struct heading_ctx
{
	const dx_lexicon *lex;
	const char *post;
} heading_ctx;

static void
heading_post_cb(int posting, void *arg)
{
	heading_ctx *c = arg;
	const lex_entry *e = &c->lex->entries[c->lex->posts[posting].entry];

	if (e->kind == LK_CUE && e->nw == 1 && e->cue == CUE_HEAD_VERB && e->name != NULL &&
		strcmp(e->name, e->term) != 0)
		c->post = e->name;
}

static const lex_entry *
heading_office(const dx_doc *d, int v)
{
	const dx_lexicon *lex = d->lex;
	const char *low = d->text.toks[v].low;
	heading_ctx c;
	int			k;

	c.lex = lex;
	c.post = NULL;
	for (k = dx_lex_lookup(lex, low, (int) strlen(low)); k >= 0 && c.post == NULL; k = lex->posts[k].next)
		if (lex->posts[k].word == 0)
			heading_post_cb(k, &c);
	if (c.post == NULL)
		dx_lex_prefixes(lex, low, heading_post_cb, &c);
	if (c.post == NULL)
		return NULL;
	for (k = dx_lex_lookup(lex, c.post, (int) strlen(c.post)); k >= 0; k = lex->posts[k].next)
	{
		const lex_entry *e = &lex->entries[lex->posts[k].entry];

		if (e->kind == LK_OFFICE && e->nw == 1 && lex->posts[k].word == 0 && e->name != NULL &&
			strcmp(e->name, c.post) == 0)
			return e;
	}
	return NULL;
}

/*
 * The genitive singular of the word at token j read with every grammeme of
 * need ("компанию", a noun in the accusative: "компании"; "крупнейшую", an
 * adjective of the feminine: "крупнейшей"), in lower case, into buf; *gram
 * (unless NULL) gets the grammemes of that reading.  Returns its length,
 * -1 when the dictionary reads the word no such way.
 */
static int
genitive_of(const dx_doc *d, int j, uint64_t need, uint64_t *gram, char *buf, size_t buflen)
{
	const dx_tok *t = &d->text.toks[j];
	const dx_ocdict *dict = dx_morph_dict(d->lex);
	dx_ocparse	p[16];
	int			n,
				i;

	if (dict == NULL)
		return -1;
	n = dx_morph_analyse(d->lex, t->low, strlen(t->low), p, 16);
	for (i = 0; i < n; i++)
		if ((p[i].gram & need) == need)
		{
			if (gram)
				*gram = p[i].gram;
			return dx_ocdict_inflect(dict, &p[i], DX_G(gent) | DX_G(sing), DX_G_POS | DX_G_GENDERS | DX_G(Supr),
									 buf, buflen);
		}
	return -1;
}

/*
 * The lexicon's office of two words, the office oe's word and the
 * genitive gen ("глава правительства": премьер-министр), or role when it
 * has none.
 */
static const char *
two_word_office(const dx_doc *d, const lex_entry *oe, const char *gen, const char *role)
{
	const dx_lexicon *lex = d->lex;
	int			k;

	for (k = dx_lex_lookup(lex, gen, (int) strlen(gen)); k >= 0; k = lex->posts[k].next)
	{
		const lex_entry *e = &lex->entries[lex->posts[k].entry];

		if (e->kind == LK_OFFICE && e->nw == 2 && lex->posts[k].word == 1 && e->name != NULL &&
			strcmp(lex->words[e->w0].low, lex->words[oe->w0].low) == 0)
			return e->name;
	}
	return role;
}

/*
 * Is token j a word of a body's words that its case allows: in lower case,
 * or capitalised as the first of them (j0), as the first of its own name
 * ("Ассоциацию туроператоров", "Большой театр") or of the sentence?
 */
static int
body_word_case(const dx_doc *d, int j, int j0)
{
	const dx_tok *t = &d->text.toks[j];

	return t->type == TK_WORD && !(t->flags & TF_ALLCAPS) && (!(t->flags & TF_CAP) || j == j0);
}

/*
 * Is token j the common noun of a body, singular, in case gcase (a
 * grammeme): an organisation type ("компанию", "театром"), a delegation
 * or an organ, of no entry of the lexicon but its type?
 */
static int
body_noun(const dx_doc *d, int j, uint64_t gcase)
{
	const dx_tok *t = &d->text.toks[j];

	return t->type == TK_WORD &&
		(d->flex[t->form].orgtype >= 0 || dx_tok_has_cue(d, j, CUE_DELEGATION_NOUN) ||
		 dx_tok_has_cue(d, j, CUE_ORGAN)) &&
		(dx_span_kind_at(d, j) == LK_NONE || dx_span_kind_at(d, j) == LK_ORG_TYPE) &&
		tok_may_be(d, j, DX_G(NOUN) | gcase | DX_G(sing));
}

/*
 * A body the lexicon does not know, the object in case gcase of a verb of
 * heading that gives office oe, from token j0: up to three adjectives of
 * its case ("крупнейшую российскую"), its common noun (body_noun:
 * "компанию", "театром", "делегацию"), then its words as an office's
 * ("«Ромашка»", "вирусологии", "директоров компании", a state closing
 * them: "Андорры").  Sets *role to the office with the body in the
 * genitive ("глава компании «Ромашка»", "руководитель театра", "глава
 * Ассоциации туроператоров"; a state, named or by its adjective, goes into
 * *country) and returns where the body's words end; -1 when there is no
 * such body.
 */
static int
headed_body(dx_doc *d, int j0, uint64_t gcase, const lex_entry *oe, const char **role, const char **country)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				j = j0,
				h,
				end,
				more = 0,		/* words after the noun */
				cend = -1;
	const char *c = NULL;
	uint64_t	gram = 0;
	char		form[96];
	dx_buf		b;

	*country = NULL;
	while (j < n && j < j0 + 4 && toks[j].sent == toks[j0].sent &&
		   !(body_word_case(d, j, j0) && body_noun(d, j, gcase)))
	{
		if (dx_span_kind_at(d, j) == LK_COUNTRY_ADJ && d->spans[d->tokspan[j]].t0 == j)
			j = d->spans[d->tokspan[j]].t1;
		else if (body_word_case(d, j, j0) && dx_span_kind_at(d, j) == LK_NONE &&
				 tok_may_be(d, j, DX_G(ADJF) | gcase) && !tok_may_be(d, j, DX_G(Apro)))
			j++;
		else
			return -1;
	}
	if (j >= n || toks[j].sent != toks[j0].sent || !body_word_case(d, j, j0) || !body_noun(d, j, gcase) ||
		genitive_of(d, j, DX_G(NOUN) | gcase | DX_G(sing), &gram, form, sizeof(form)) < 0)
		return -1;
	h = j;
	dx_buf_init(&b, d->a);
	dx_buf_adds(&b, oe->name);
	for (j = j0; j <= h; j++)
	{
		char		adj[96];
		const char *w = form;

		/* the state goes, as from an office's words */
		if (dx_span_kind_at(d, j) == LK_COUNTRY_ADJ)
		{
			*country = dx_entry(d, d->spans[d->tokspan[j]].entry)->code;
			j = d->spans[d->tokspan[j]].t1 - 1;
			continue;
		}
		if (j < h &&
			genitive_of(d, j, DX_G(ADJF) | gcase | DX_G(sing) | (gram & DX_G_GENDERS), NULL, adj, sizeof(adj)) < 0)
			return -1;
		if (j < h)
			w = adj;
		/* the capital of the body's own name stays; not the sentence's */
		add_words(&b, (toks[j].flags & TF_CAP) && !(toks[j].flags & TF_FIRST) ? dx_capitalize(d->a, w) : w);
	}
	/* "делегацию Андорры": the state right after the noun */
	if (h + 1 < n && dx_span_kind_at(d, h + 1) == LK_COUNTRY && d->spans[d->tokspan[h + 1]].t0 == h + 1)
	{
		*country = dx_entry(d, d->spans[d->tokspan[h + 1]].entry)->code;
		end = d->spans[d->tokspan[h + 1]].t1;
	}
	else
	{
		int			c0 = h + 1;

		/*
		 * "совет директоров компании": an office in the genitive plural
		 * right after the noun is a word of the body, as further on in an
		 * office's words ("секретариата кабинета министров")
		 */
		if (c0 < n && dx_span_kind_at(d, c0) == LK_OFFICE && d->spans[d->tokspan[c0]].t1 == c0 + 1 &&
			!(toks[c0].flags & TF_CAP) && dx_gen_plural_ending(toks[c0].low))
			c0++;
		end = office_complement(d, c0, 1, &c, &cend);
		/* "комиссию по вопросам помилования при президенте": not a preposition whose object ends them */
		if (end > c0 && (dx_tok_gram(d, end - 1) & GR_PREP))
			end--;
		if (end > h + 1)
		{
			add_words(&b, office_words(d, oe, h + 1, end));
			more = 1;
		}
		if (c)
			*country = c;
		if (cend >= 0)
			end = cend;
		/* "делегацию Минфина Андорры": a body of the lexicon after them, and its state */
		else if (end < n && (dx_span_kind_at(d, end) == LK_ORG || dx_span_kind_at(d, end) == LK_ORG_HEAD) &&
				 d->spans[d->tokspan[end]].t0 == end)
		{
			add_words(&b, dx_tokens_text(d, end, d->spans[d->tokspan[end]].t1));
			more = 1;
			end = d->spans[d->tokspan[end]].t1;
			if (end < n && dx_span_kind_at(d, end) == LK_COUNTRY && d->spans[d->tokspan[end]].t0 == end)
			{
				*country = dx_entry(d, d->spans[d->tokspan[end]].entry)->code;
				end = d->spans[d->tokspan[end]].t1;
			}
		}
	}
	*role = dx_buf_str(&b);
	/* "глава правительства": the office the lexicon gives the two words ("премьер-министр") */
	if (h == j0 && !more)
		*role = two_word_office(d, oe, form, *role);
	return end;
}

/*
 * "Иван Петров возглавляет компанию «Ромашка»", "Анна Белова, руководящая
 * театром,", "Компанию «Ромашка» возглавляет Иван Петров": a person heading
 * a body the lexicon does not know (headed_body), the object after the verb
 * of heading at token v or opening the sentence right before it (in the
 * instrumental after a verb of class lead_verb: руководит, else in the
 * accusative), holds the office the verb gives (heading_office) of that
 * body: "глава компании «Ромашка»", "руководитель театра".
 */
static void
head_of_unknown_body(dx_doc *d, int v)
{
	const dx_tok *toks = d->text.toks;
	const lex_entry *oe;
	const char *role,
			   *country;
	uint64_t	gcase;
	int			ent,
				j;

	if ((oe = heading_office(d, v)) == NULL)
		return;
	gcase = dx_tok_has_cue(d, v, CUE_LEAD_VERB) ? DX_G(ablt) : DX_G(accs);
	if ((ent = head_of_verb(d, v, 0)) >= 0)
	{
		if (headed_body(d, v + 1, gcase, oe, &role, &country) > v + 1)
			body_head_holds(d, ent, role, country);
		return;
	}
	/* "Компанией «Ромашка» руководит Иван Петров": the sentence's first words, a few */
	for (j = v - 1; j > 0 && j > v - 8 && !(toks[j].flags & TF_FIRST); j--)
		;
	if ((toks[j].flags & TF_FIRST) && toks[j].sent == toks[v].sent && (ent = head_of_verb(d, v, 1)) >= 0 &&
		headed_body(d, j, gcase, oe, &role, &country) == v)
		body_head_holds(d, ent, role, country);
}

/*
 * "Иван Петров возглавил партию", "Иван Петров, возглавляющий
 * оппозиционную партию «Вперёд»,", "Партию возглавил Иван Петров": a
 * person heading a party (an organisation type of class party, in the
 * accusative, after a head_verb and up to two adjectives, or opening the
 * sentence before it) is its leader: the lexicon's office of its head
 * (party_head_office), when the story gave the person none.
 */
static void
heads_of_parties(dx_doc *d)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				v;

	for (v = 1; v + 1 < n && !DX_POLL(d, v); v++)
	{
		const char *role;
		int			j = v + 1,
					p = -1,
					ent = -1;

		if (toks[v].type != TK_WORD || (toks[v].flags & TF_CAP) ||
			!(dx_tok_has_cue(d, v, CUE_HEAD_VERB) || (dx_tok_gram(d, v) & GR_P_V)))
			continue;
		/* "Партию возглавил Иван Петров": the party first, the object */
		if ((ent = party_under_head(d, v, &p)) >= 0)
			;
		else if ((toks[v - 1].flags & TF_FIRST) && party_word(d, v - 1) && tok_may_be(d, v - 1, DX_G(NOUN) | DX_G(accs)))
		{
			p = v - 1;
			ent = head_of_verb(d, v, 1);
		}
		else
		{
			while (j < n && j < v + 3 && toks[j].type == TK_WORD && toks[j].sent == toks[v].sent &&
				   !(toks[j].flags & TF_CAP) && !party_word(d, j) && tok_may_be(d, j, DX_G(ADJF) | DX_G(accs)))
				j++;
			if (j < n && toks[j].sent == toks[v].sent && party_word(d, j) && tok_may_be(d, j, DX_G(NOUN) | DX_G(accs)))
			{
				p = j;
				ent = head_of_verb(d, v, 0);
			}
		}
		if (p >= 0 && ent >= 0 && !d->ents[ent].role_from_text && (role = party_head_office(d, p)) != NULL)
			body_head_holds(d, ent, role, NULL);
		/* "Иван Петров возглавляет компанию «Ромашка»": a body of no office of the lexicon */
		else if (dx_tok_has_cue(d, v, CUE_HEAD_VERB))
			head_of_unknown_body(d, v);
	}
}

/* do two words (normalised, lower case) share a lemma, or are they one form (ЕС)? */
static int
same_lemma(const dx_lexicon *lex, const char *a, const char *b)
{
	const dx_ocdict *dict = dx_morph_dict(lex);
	dx_ocparse	pa[16],
				pb[16];
	char		la[64],
				lb[64];
	int			na,
				nb,
				i,
				k;

	if (strcmp(a, b) == 0)
		return 1;
	if (dict == NULL)
		return 0;
	na = dx_morph_analyse(lex, a, strlen(a), pa, 16);
	nb = dx_morph_analyse(lex, b, strlen(b), pb, 16);
	for (i = 0; i < na; i++)
	{
		if (dx_ocdict_lemma(dict, &pa[i], la, sizeof(la)) < 0)
			continue;
		for (k = 0; k < nb; k++)
			if ((pa[i].gram & DX_G_POS) == (pb[k].gram & DX_G_POS) &&
				dx_ocdict_lemma(dict, &pb[k], lb, sizeof(lb)) >= 0 && strcmp(la, lb) == 0)
				return 1;
	}
	return 0;
}

/*
 * The office of the head of the body at span b as the lexicon gives it: an
 * office row of an office's word and the body's words in the genitive
 * ("председатель центрального банка" for "Центральный банк", "председатель
 * Совета Федерации"), the body's words (up to a state closing them) of the
 * same lemmas; NULL when the lexicon has none.
 */
static const char *
body_office(const dx_doc *d, const dx_span *b)
{
	const dx_lexicon *lex = d->lex;
	int			m = 0,
				k,
				i;

	while (b->t0 + m < b->t1 && m < 4 && d->text.toks[b->t0 + m].type == TK_WORD &&
		   dx_tok_entry_kind(d, b->t0 + m, LK_COUNTRY) < 0)
		m++;
	if (m == 0 || m == 4)
		return NULL;
	for (k = 0; k < lex->nentries; k++)
	{
		const lex_entry *e = &lex->entries[k];

		if (e->kind != LK_OFFICE || e->nw != m + 1 || e->name == NULL)
			continue;
		for (i = 0; i < m && same_lemma(lex, lex->words[e->w0 + 1 + i].low, d->text.toks[b->t0 + i].low); i++)
			;
		if (i == m)
			return e->name;
	}
	return NULL;
}

/*
 * "Иван Петров возглавил Минфин", "МИД возглавит Иван Петров", "Иван
 * Петров, возглавляющий Минздрав": a person heading a body whose head's
 * office the lexicon gives (an org_head row's role, or an office row of the
 * body's words: body_office) holds that office, of the state after the
 * body, when the story gave the person none.
 */
static void
heads_of_bodies(dx_doc *d)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				k;

	for (k = 0; k < d->nspans && !DX_POLL(d, k); k++)
	{
		const dx_span *b = &d->spans[k];
		const lex_entry *be;
		const char *country = NULL;
		int			ent,
					e;

		if (b->kind != LK_ORG_HEAD && b->kind != LK_ORG)
			continue;
		be = dx_entry(d, b->entry);
		e = b->t1;
		if (e < n && dx_span_kind_at(d, e) == LK_COUNTRY && d->spans[d->tokspan[e]].t0 == e)
		{
			country = dx_entry(d, d->spans[d->tokspan[e]].entry)->code;
			e = d->spans[d->tokspan[e]].t1;
		}
		ent = head_of_verb(d, b->t0 - 1, 0);
		/*
		 * the body first, the object of the verb: "МИД возглавит"; not in a
		 * noun's object ("Делегацию МИД возглавит")
		 */
		if (ent < 0 && (b->t0 == 0 || (toks[b->t0].flags & TF_FIRST) || toks[b->t0 - 1].type != TK_WORD ||
						!tok_may_be(d, b->t0 - 1, DX_G(NOUN) | DX_G(accs))))
			ent = head_of_verb(d, e, 1);
		/* "Иван Петров возглавляет Центральный банк": a body of no org_head role, an office of the lexicon */
		if (ent >= 0 && !d->ents[ent].role_from_text && b->kind == LK_ORG_HEAD && be->role)
			body_head_holds(d, ent, be->role, country);
		else if (ent >= 0 && !d->ents[ent].role_from_text && body_office(d, b))
			body_head_holds(d, ent, body_office(d, b), country);
	}
}

/*
 * "заведующий кафедрой", "управляющий делами", "командующий флотом": an
 * office that is an active participle is a post with the instrumental it
 * governs; before a word that cannot be one ("управляющий директор",
 * "управляющей компании") it is an adjective, no office.  Such spans are
 * dropped before any pass reads them.
 */
static void
participle_offices(dx_doc *d)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				k;

	for (k = 0; k < d->nspans; k++)
	{
		dx_span    *s = &d->spans[k];
		const dx_tok *t,
				   *nx;

		if (s->kind != LK_OFFICE || s->t1 != s->t0 + 1 || s->t1 >= n)
			continue;
		t = &toks[s->t0];
		nx = &toks[s->t1];
		if (t->type != TK_WORD || !tok_may_be(d, s->t0, DX_G(PRTF) | DX_G(actv)))
			continue;
		/* "командующий ВМС", "управляющий Сбербанка": a name may follow */
		if (nx->type == TK_WORD && nx->sent == t->sent && !isdigit((unsigned char) d->text.src[nx->b0]) &&
			((nx->flags & TF_CAP) ||
			 dx_morph_may_be(d->lex, d->text.src + nx->b0, (size_t) (nx->b1 - nx->b0), DX_G(ablt)) != 0))
			continue;
		/* "командующий генерал Иван Петров", "командующий вице-адмирал Иван Петров": a rank before the name */
		if (rank_word(d, s->t1) ||
			(s->t1 + 2 < n && toks[s->t1 + 1].type == TK_HYPHEN && rank_word(d, s->t1 + 2)))
			continue;
		/*
		 * "командующий 58-й армией Иван Петров", "командующего 58-й армией":
		 * a number after the office in the nominative or the genitive; an
		 * instrumental with a number ("банк, управляющим 13-ю филиалами") is
		 * the participle's clause
		 */
		if ((nx->type == TK_NUM || (nx->type == TK_WORD && isdigit((unsigned char) d->text.src[nx->b0]))) &&
			nx->sent == t->sent &&
			(tok_may_be(d, s->t0, DX_G(PRTF) | DX_G(nomn)) || tok_may_be(d, s->t0, DX_G(PRTF) | DX_G(gent))))
			continue;
		s->kind = LK_NONE;
	}
}

/*
 * "Компания объявила о назначении нового президента. Им стал Иван Петров":
 * the office the sentence before names as one to be filled, after a word of
 * class future_adj (нового, будущего) or a post noun (на пост президента),
 * is the person's that «им» or «ей» (the instrumental of a pronoun, of the
 * office's gender: "Им стала Анна Петрова" of a посол) opening the next
 * sentence, a verb of holding a post of the person's gender (стал, стала,
 * станет) and the name say took it.  Only a person the story gave no office
 * takes it.
 */
static void
pronoun_predicate_offices(dx_doc *d)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				j;

	for (j = 1; j + 2 < n && !DX_POLL(d, j); j++)
	{
		const dx_span *best = NULL;
		const char *country,
				   *role;
		int			ent,
					k,
					end;

		if (toks[j].type != TK_WORD || !(toks[j].flags & TF_FIRST) || toks[j + 1].type != TK_WORD ||
			(toks[j + 1].flags & TF_CAP) || !dx_tok_has_cue(d, j + 1, CUE_HOLDS_POST) ||
			!tok_may_be(d, j, DX_G(NPRO) | DX_G(ablt) | DX_G(sing)) || (dx_tok_gram(d, j) & GR_PERS3) ||
			toks[j + 2].sent != toks[j].sent || (ent = d->tokperson[j + 2]) < 0 || d->tokname[j + 2] < 0 ||
			d->ents[ent].kind != DX_PERSON || d->ents[ent].role != NULL || verb_gender_differs(d, j + 1, ent))
			continue;
		for (k = 0; k < d->nspans; k++)
		{
			const dx_span *s = &d->spans[k];
			int			q = s->t0 - 1;

			if (s->t0 >= j)
				break;
			if (s->kind != LK_OFFICE || toks[s->t0].sent + 1 != toks[j].sent || former_office(d, s) ||
				office_plural(d, s))
				continue;
			while (q >= 0 && toks[q].type == TK_HYPHEN)
				q--;
			if (q >= 0 && toks[q].type == TK_WORD && toks[q].sent == toks[s->t0].sent &&
				(dx_tok_has_cue(d, q, CUE_FUTURE_ADJ) || dx_tok_has_cue(d, q, CUE_POST_NOUN)))
				best = s;
		}
		if (best == NULL)
			continue;
		role = office_role(d, best, 0, &country, &end);
		if (end < n && d->tokperson[end] >= 0)
			continue;			/* the office names its own holder */
		/* "нового главу компании.": its words, read as after a name, up to the punctuation */
		role = office_role(d, best, 1, &country, &end);
		give_office(d, &d->ents[ent], ranked_role(d, best, role), dx_entry(d, best->entry), country, 0, 1);
	}
}

/*
 * Does the verb at token v read as a finite verb, the gender of person ent
 * not against it?
 */
static int
finite_verb_of(const dx_doc *d, int v, int ent)
{
	const dx_tok *t = &d->text.toks[v];

	return t->type == TK_WORD && !(t->flags & TF_CAP) && tok_may_be(d, v, DX_G(VERB)) &&
		!verb_gender_differs(d, v, ent);
}

/* "отверг" and "отвергла": two verbs whose genders the dictionary tells differ */
static int
verbs_gender_differ(const dx_doc *d, int v, int w)
{
	int			vm = tok_may_be(d, v, DX_G(masc)),
				vf = tok_may_be(d, v, DX_G(femn)),
				wm = tok_may_be(d, w, DX_G(masc)),
				wf = tok_may_be(d, w, DX_G(femn));

	return (vm && !vf && wf && !wm) || (vf && !vm && wm && !wf);
}

/*
 * "Глава МИД ФРГ отверг критику США" over "Хайко Мас отверг критику США в
 * адрес проекта": a news item names the office in its headline and the
 * holder in its lead, the same predicate after each.  The headline is the
 * text's first line, a sentence of its own, whose subject opens it: the one
 * office it names (its state and body after it, adjectives before it: "Новый
 * глава МИД"), in the nominative and the singular, not a former one, the
 * finite verb right after its words.  The lead's first sentence opens with
 * a person's name in the nominative (a bracket after it, "Хайко Мас (Heiko
 * Maas)"), a finite verb after it, both verbs agreeing with the person's
 * gender.  The person holds the office when the headline's verb is one of
 * the lead's first sentence too ("отверг", "отверг"): a lead that only
 * names one person ("Президент Хорватии помиловал журналиста" over "Иван
 * Петрович вышел на свободу") may be about the one acted on.  Only a
 * person the story gave no office takes it, and only when no other person
 * holds that office, by the story or the lexicon.  Two offices in the
 * headline ("Президент Хорватии встретился с премьером Италии") give none:
 * which is whose the lead does not tell for certain.
 */
static void
headline_office(dx_doc *d)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks;
	const dx_span *s = NULL;
	const lex_entry *oe;
	const char *country,
			   *role;
	int			h1,
				j,
				k,
				end,
				ent,
				q,
				shared;

	/* the headline: the first line, one sentence, forty tokens at most */
	for (h1 = 1; h1 < n && h1 <= 40 && toks[h1].sent == toks[0].sent; h1++)
		if (toks[h1].flags & TF_NL)
			return;
	if (h1 >= n || h1 > 40 || !(toks[h1].flags & TF_NL))
		return;
	for (k = 0; k < d->nspans && d->spans[k].t0 < h1; k++)
		if (d->spans[k].kind == LK_OFFICE)
		{
			if (s != NULL)
				return;
			s = &d->spans[k];
		}
	if (s == NULL)
		return;
	/* "Новый глава МИД", "Британский министр обороны": two adjectives at most before it */
	for (j = 0; j < s->t0; j++)
		if (s->t0 > 2 || toks[j].type != TK_WORD || d->tokperson[j] >= 0 ||
			!tok_may_be(d, j, DX_G(ADJF) | DX_G(nomn) | DX_G(sing)))
			return;
	oe = dx_entry(d, s->entry);
	if (office_case(d, s, oe) != DX_NOM || office_plural(d, s) || former_office(d, s))
		return;
	role = office_role(d, s, 0, &country, &end);
	/* "Посол США в Хорватии вручил": the place of the post, or of the act, before the verb */
	if (end + 1 < h1 && (dx_tok_gram(d, end) & POST_PREPS) && d->tokspan[end + 1] >= 0 &&
		d->spans[d->tokspan[end + 1]].t0 == end + 1 &&
		(dx_span_kind_at(d, end + 1) == LK_COUNTRY || dx_span_kind_at(d, end + 1) == LK_CAPITAL ||
		 dx_span_kind_at(d, end + 1) == LK_CITY || dx_span_kind_at(d, end + 1) == LK_REGION ||
		 dx_span_kind_at(d, end + 1) == LK_ORG))
		end = d->spans[d->tokspan[end + 1]].t1;
	if (end >= h1 || d->tokperson[end] >= 0)
		return;
	/* the lead: its first sentence opens with a name */
	if ((ent = d->tokperson[h1]) < 0 || d->tokname[h1] != ent || d->ents[ent].kind != DX_PERSON ||
		!(toks[h1].flags & TF_FIRST) || !name_nominative(d, h1, ent) || !finite_verb_of(d, end, ent))
		return;
	for (q = h1; q < n && d->tokperson[q] == ent; q++)
		;
	/* "Хайко Мас (Heiko Maas) отверг": the name in another script, eight tokens at most */
	if (q < n && dx_tok_punct(&toks[q], '('))
	{
		for (j = q + 1; j < n && j < q + 8 && !dx_tok_punct(&toks[j], ')'); j++)
			;
		if (j >= n || !dx_tok_punct(&toks[j], ')'))
			return;
		q = j + 1;
	}
	if (q >= n || toks[q].sent != toks[h1].sent || !finite_verb_of(d, q, ent) || verbs_gender_differ(d, end, q))
		return;
	/* "Глава МИД Хорватии встретился с Иваном Петровым": a person the headline names is not its subject */
	for (j = 0; j < h1; j++)
		if (d->tokperson[j] == ent)
			return;
	/* a person given an office by the story, or of another state, keeps it */
	if (d->ents[ent].role_from_text ||
		(country && d->ents[ent].country && strcmp(country, d->ents[ent].country) != 0))
		return;
	for (k = 0; k < d->nents; k++)
		if (k != ent && d->ents[k].kind == DX_PERSON && d->ents[k].role != NULL &&
			(oe->code ? holds_office(d, k, oe->code, country) :
			 strcmp(d->ents[k].role, role) == 0))
			return;
	/*
	 * the predicate shared in the lead's first sentence (sixty tokens read);
	 * the headline's office named there is another's ("Иван Петров принял
	 * премьер-министра Италии" under "Премьер-министр Италии посетил
	 * Загреб")
	 */
	shared = 0;
	for (j = q; j < n && j < q + 60 && toks[j].sent == toks[h1].sent; j++)
	{
		if (dx_span_kind_at(d, j) == LK_OFFICE && d->spans[d->tokspan[j]].entry == s->entry)
			return;
		if (toks[j].type == TK_WORD && !shared && tok_may_be(d, j, DX_G(VERB)) &&
			same_lemma(d->lex, toks[j].low, toks[end].low))
			shared = 1;
	}
	if (!shared)
		return;
	give_office(d, &d->ents[ent], ranked_role(d, s, role), oe, country, 0, 1);
}

/*
 * The office of two words an active participle heads, its object after it
 * ("исполняющий обязанности"), whose object is the form of token j (class
 * duty_noun: обязанности): its entry's index, or -1.
 */
static int
duty_office_entry(const dx_doc *d, int j)
{
	const dx_lexicon *lex = d->lex;
	int			k;

	for (k = 0; k < lex->nentries; k++)
	{
		const lex_entry *e = &lex->entries[k];
		const char *w;

		if (e->kind != LK_OFFICE || e->nw != 2 || strcmp(lex->words[e->w0 + 1].low, d->text.toks[j].low) != 0)
			continue;
		w = lex->words[e->w0].low;
		if (dx_morph_may_be(lex, w, strlen(w), DX_G(PRTF) | DX_G(actv)) == 1)
			return k;
	}
	return -1;
}

/*
 * Is token v a finite or infinitive form of the verb whose participle heads
 * the office of entry k: "исполняет", "исполнять", "исполнял" of
 * "исполняющий"?  Not a participle, which the office itself is, or
 * "исполнявший", an office held once.
 */
static int
duty_verb(const dx_doc *d, int v, int k)
{
	const dx_ocdict *dict = dx_morph_dict(d->lex);
	const char *w = d->lex->words[dx_entry(d, k)->w0].low;
	dx_ocparse	pw[16],
				pv[16];
	char		lw[64],
				lv[64];
	int			nw,
				nv,
				i,
				m;

	if (dict == NULL || v < 0 || v >= d->text.ntoks || d->text.toks[v].type != TK_WORD || d->tokname[v] >= 0)
		return 0;
	nw = dx_morph_analyse(d->lex, w, strlen(w), pw, 16);
	nv = dx_morph_analyse(d->lex, d->text.toks[v].low, strlen(d->text.toks[v].low), pv, 16);
	for (i = 0; i < nw; i++)
	{
		if ((pw[i].gram & (DX_G(PRTF) | DX_G(actv))) != (DX_G(PRTF) | DX_G(actv)) ||
			dx_ocdict_lemma(dict, &pw[i], lw, sizeof(lw)) < 0)
			continue;
		for (m = 0; m < nv; m++)
			if ((pv[m].gram & (DX_G(VERB) | DX_G(INFN))) && dx_ocdict_lemma(dict, &pv[m], lv, sizeof(lv)) >= 0 &&
				strcmp(lw, lv) == 0)
				return 1;
	}
	return 0;
}

/* "будет", "будут": the auxiliary of the future (not "может", a mere possibility) */
static int
future_aux(const dx_doc *d, int q)
{
	return q >= 0 && q < d->text.ntoks && d->text.toks[q].type == TK_WORD && !(d->text.toks[q].flags & TF_CAP) &&
		(dx_tok_gram(d, q) & GR_AUX) && dx_tok_has_cue(d, q, CUE_FUTURE);
}

/*
 * Words between tokens a and b (b excluded) that a clause of the office
 * and its verb may hold: up to four lower-case words that are no verb
 * ("временно", "до выборов", "с мая") or numbers, with an auxiliary if aux
 * ("будет"); no name, office or punctuation.  b when they are such words,
 * else -1.
 */
static int
duty_clause_words(const dx_doc *d, int a, int b, int aux)
{
	const dx_tok *toks = d->text.toks;
	int			q;

	if (b - a > 4 || b < a)
		return -1;
	for (q = a; q < b; q++)
		if (toks[q].sent != toks[b].sent || d->tokperson[q] >= 0 || dx_span_kind_at(d, q) == LK_OFFICE ||
			!(toks[q].type == TK_NUM ||
			  (toks[q].type == TK_WORD && !(toks[q].flags & TF_CAP) &&
			   ((aux && future_aux(d, q)) || (!dx_verb_form(&toks[q]) && !verb_like(&toks[q]) &&
														 !(dx_tok_gram(d, q) & (GR_NOT | GR_AUX | GR_WHICH | GR_CONJ)))))))
			return -1;
	return b;
}

/*
 * Is the name ending at token e in the nominative (name_nominative_ending),
 * or the surname alone of a person named in full before, as the entity
 * writes it ("Петров исполняет" after "Иван Петров")?
 */
static int
subject_name_nominative(const dx_doc *d, int e)
{
	int			ent = d->tokname[e];

	if (e > 0 && d->tokname[e - 1] == ent)
		return name_nominative_ending(d, e);
	return d->ents[ent].surname ? strcmp(d->text.toks[e].low, d->ents[ent].surname) == 0 :
		name_nominative_ending(d, e);
}

/*
 * The name in the nominative that opens at token q, subject of the verb at
 * token v after it ("исполняет Иван Петров"), or -1.
 */
static int
duty_subject_after(const dx_doc *d, int q, int v)
{
	int			ent,
				e;

	if (q >= d->text.ntoks || (ent = d->tokname[q]) < 0 || d->tokperson[q] != ent ||
		d->text.toks[q].sent != d->text.toks[v].sent || (q > 0 && d->tokname[q - 1] == ent) ||
		verb_gender_differs(d, v, ent))
		return -1;
	for (e = q; e + 1 < d->text.ntoks && d->tokname[e + 1] == ent; e++)
		;
	return subject_name_nominative(d, e) ? ent : -1;
}

/*
 * The subject before the verb at token v: a name in the nominative, past
 * adverbs and a time ("Иван Петров временно исполняет", "Иван Петров с мая
 * исполняет"), and the auxiliary of an infinitive ("Иван Петров будет
 * исполнять"); or «который» after the name's comma.  Its entity, or -1.
 */
static int
duty_subject_before(const dx_doc *d, int v)
{
	const dx_tok *toks = d->text.toks;
	int			j = v - 1,
				a = v;

	/* "будет исполнять", "будет временно исполнять": the auxiliary is no adverb */
	if (!tok_may_be(d, v, DX_G(INFN)) || !future_aux(d, j))
		j = before_verb_adverb(d, j);
	if (tok_may_be(d, v, DX_G(INFN)))
	{
		if (j < 1 || !future_aux(d, j) || toks[j].sent != toks[v].sent)
			return -1;
		a = j;
		j = before_verb_adverb(d, j - 1);
	}
	j = time_before(d, j);
	if (relative_subject(d, j) >= 0)
		return relative_subject(d, j);
	if (j < 0 || d->tokname[j] < 0 || toks[j].sent != toks[v].sent || !subject_name_nominative(d, j) ||
		verb_gender_differs(d, a, d->tokname[j]))
		return -1;
	return d->tokname[j];
}

/*
 * "исполнял обязанности губернатора до 2015 года", "в 2010–2014 годах": a
 * term after the office's words that ends (past_term_after, or «до» in the
 * words from token end) closes the office a verb in the past tells.
 */
static int
duty_term_closed(const dx_doc *d, const dx_span *s, int end)
{
	const dx_tok *toks = d->text.toks;
	int			q;

	if (past_term_after(d, s))
		return 1;
	for (q = end; q < d->text.ntoks && q < end + 4 && toks[q].type == TK_WORD && toks[q].sent == toks[s->t0].sent &&
		 d->tokperson[q] < 0; q++)
		if (dx_tok_gram(d, q) & GR_P_DO)
			return 1;
	return 0;
}

/*
 * "Анна Белова временно исполняет обязанности": an adverb among tokens
 * [a, b) that opens an office of the lexicon which goes on as entry k's words
 * ("временно исполняющий обязанности") goes into the role before it.
 */
static const char *
duty_adverb_role(dx_doc *d, int k, int a, int b, const char *role)
{
	const dx_lexicon *lex = d->lex;
	const lex_entry *oe = dx_entry(d, k);
	int			x,
				w,
				t;

	for (x = 0; x < lex->nentries; x++)
	{
		const lex_entry *e = &lex->entries[x];

		if (e->kind != LK_OFFICE || e->nw != oe->nw + 1)
			continue;
		for (w = 0; w < oe->nw && strcmp(lex->words[e->w0 + 1 + w].low, lex->words[oe->w0 + w].low) == 0; w++)
			;
		if (w < oe->nw)
			continue;
		for (t = a; t < b && t < d->text.ntoks; t++)
			if (t >= 0 && d->text.toks[t].type == TK_WORD && adverb_only(d, t) &&
				strcmp(d->text.toks[t].low, lex->words[e->w0].low) == 0)
			{
				dx_buf		buf;

				dx_buf_init(&buf, d->a);
				dx_buf_adds(&buf, d->text.toks[t].low);
				dx_buf_addc(&buf, ' ');
				dx_buf_adds(&buf, role);
				return dx_buf_str(&buf);
			}
	}
	return role;
}

/*
 * "Иван Петров исполняет обязанности губернатора", "Иван Петров будет
 * исполнять обязанности главы региона", "Обязанности мэра временно
 * исполняет Иван Петров", "Исполнять обязанности посла будет Иван Петров":
 * the verb of the participle that heads an office of two words
 * (duty_office_entry: "исполняющий обязанности") with the same object
 * tells that office, with the office in the genitive after the object, of
 * the verb's subject, before it or right after it.  A past verb of a term
 * closed (duty_term_closed) tells an office held once: none.
 */
static void
duties_performed(dx_doc *d)
{
	const dx_tok *toks = d->text.toks;
	const char *seen = NULL;	/* the object last looked up, and its entry: */
	int			seen_k = -1;	/* the lexicon is read once for each form */
	int			n = d->text.ntoks,
				j;

	for (j = 0; j + 1 < n && !DX_POLL(d, j); j++)
	{
		dx_span		s;
		const char *role,
				   *country;
		int			k,
					v,
					end,
					ent = -1;

		/* not the office's own words: "исполняющий обязанности губернатора" */
		if (toks[j].type != TK_WORD || !dx_tok_has_cue(d, j, CUE_DUTY_NOUN) || dx_span_kind_at(d, j) == LK_OFFICE ||
			governed_office(d, j + 1) == NULL)
			continue;
		if (seen == NULL || strcmp(seen, toks[j].low) != 0)
		{
			seen = toks[j].low;
			seen_k = duty_office_entry(d, j);
		}
		if ((k = seen_k) < 0)
			continue;
		s.entry = k;
		s.kind = LK_OFFICE;
		s.adj_tok = -1;
		s.t1 = j + 1;
		if (duty_verb(d, j - 1, k))
		{
			/* the verb before its object: "исполняет обязанности" */
			v = s.t0 = j - 1;
			role = office_role(d, &s, 1, &country, &end);
			ent = duty_subject_before(d, v);
			/* "Исполнять обязанности посла будет Иван Петров" */
			if (ent < 0 && tok_may_be(d, v, DX_G(INFN)))
			{
				int			q;

				for (q = end; q < n && q < end + 4 && toks[q].type == TK_WORD && !future_aux(d, q); q++)
					;
				if (q < n && q < end + 4 && duty_clause_words(d, end, q, 0) == q)
					ent = duty_subject_after(d, q + 1, q);
			}
		}
		else
		{
			/* the object first: "Обязанности мэра временно исполняет Иван Петров" */
			s.t0 = j;
			role = office_role(d, &s, 1, &country, &end);
			/* "Обязанности губернатора Тверской области исполняет": the office's place */
			if (end < n && d->tokspan[end] >= 0 && d->spans[d->tokspan[end]].t0 == end &&
				(dx_span_kind_at(d, end) == LK_REGION || dx_span_kind_at(d, end) == LK_CITY ||
				 dx_span_kind_at(d, end) == LK_CAPITAL))
				end = d->spans[d->tokspan[end]].t1;
			for (v = end; v < n && v < end + 5 && !duty_verb(d, v, k); v++)
				;
			if (v < n && v < end + 5 && duty_clause_words(d, end, v, 1) == v)
				ent = duty_subject_after(d, v + 1, v);
		}
		if (ent < 0 || strlen(role) <= strlen(dx_entry(d, k)->term) ||
			(tok_may_be(d, v, DX_G(VERB) | DX_G(past)) && duty_term_closed(d, &s, end)))
			continue;
		/* "временно исполняет обязанности", "обязанности мэра временно исполняет" */
		role = duty_adverb_role(d, k, s.t0 == j ? end : v - 1, v, role);
		give_office(d, &d->ents[ent], role, dx_entry(d, k), country, 0, 1);
	}
}

/* the engine's case of a case grammeme of case_gram */
static int
gram_case(uint64_t g)
{
	return g == DX_G(nomn) ? DX_NOM : g == DX_G(gent) ? DX_GEN : g == DX_G(datv) ? DX_DAT :
		g == DX_G(ablt) ? DX_INS : g == DX_G(loct) ? DX_PREP : DX_UNK;
}

/*
 * "экономиста банка", "секретарь ЦК", "секретаря горкома партии": the body
 * a post is of, after its noun at token j: lower-case nouns in the
 * genitive that name no one (with adjectives before them), abbreviations,
 * bodies of the lexicon; four words at most.  Returns where they end.
 */
static int
post_body_end(const dx_doc *d, int j)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				q = j + 1,
				c = j + 1;

	while (q < n && q < j + 5 && toks[q].type == TK_WORD && toks[q].sent == toks[j].sent &&
		   d->tokperson[q] < 0)
	{
		int			k = dx_span_kind_at(d, q);

		if ((k == LK_ORG || k == LK_ORG_HEAD) && d->spans[d->tokspan[q]].t0 == q)
			q = c = d->spans[d->tokspan[q]].t1;
		else if (k != LK_NONE && k != LK_ORG_TYPE)
			break;
		else if ((toks[q].flags & TF_ALLCAPS) && toks[q].nchars >= 2)
			c = ++q;
		else if ((toks[q].flags & TF_CAP) || dx_function_word(toks[q].low) || tok_may_be(d, q, DX_G(VERB)))
			break;
		else if (tok_may_be(d, q, DX_G(NOUN) | DX_G(inan) | DX_G(gent)))
			c = ++q;
		else if (tok_may_be(d, q, DX_G(ADJF) | DX_G(gent)))
			q++;
		else
			break;
	}
	return c;
}

/*
 * "с главным конструктором Петровым", "по словам главного архитектора
 * Москвы Петрова": at token q after a post of a rank in an oblique case, a
 * surname alone (surname_alone_at) that the lexicon or the dictionary
 * knows as a surname (not a word it does not know: "главного тренера
 * Ювентуса"), read as a person in the post's case, that ranked_posts then
 * gives the post.  Not in the nominative, where a man's surname in the
 * genitive says whose the post is ("главный тренер Петрова").
 */
static void
ranked_surname_alone(dx_doc *d, int q, int gcase)
{
	int			ent;

	if (gcase != DX_NOM && q < d->text.ntoks && d->tokperson[q] < 0 && surname_alone_at(d, q, 1))
		dx_rule_person(d, q, gcase, 1, &ent);
}

/*
 * "главный архитектор Москвы Сергей Кузнецов", "генеральный конструктор
 * Иван Петров", "по словам главного экономиста банка Ивана Петрова": a rank
 * (class office_rank, no ordinal) before an animate noun of an agent's
 * ending (архитектор, экономист, врач, dx_agent_noun_ending) that the
 * lexicon knows as no office names a post, where the noun alone names a
 * trade (not one's part in a matter: class no_post, автор, инвестор; not
 * "главный герой фильма", "главный вопрос"); so does a noun of class
 * body_post with the body it serves in the genitive ("секретарь
 * комиссии", "ответственный секретарь ЦК"; not "секретарь Ивана Петрова").
 * The person named right after the words in their case, with a state or a
 * place (or a title) between that the role does not keep, or before them
 * and a comma, holds that post when the story gave them no office.
 */
static void
ranked_posts(dx_doc *d)
{
	static const uint64_t cases[] = {DX_G(nomn), DX_G(gent), DX_G(datv), DX_G(ablt), DX_G(loct)};
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				j;

	for (j = 0; j + 1 < n && !DX_POLL(d, j); j++)
	{
		const char *country = NULL,
				   *ranks = NULL;
		char		noun[128];
		uint64_t	gc = 0;
		int			r = j,
					body,
					c,
					q,
					ent,
					i;
		dx_buf		b;

		if (toks[j].type != TK_WORD || ((toks[j].flags & TF_CAP) && !(toks[j].flags & TF_FIRST)) ||
			dx_span_kind_at(d, j) != LK_NONE || d->tokperson[j] >= 0)
			continue;
		body = dx_tok_has_cue(d, j, CUE_BODY_POST);
		if (!body && (j == 0 || (toks[j].flags & TF_CAP)))
			continue;
		if (!body && !dx_tok_has_cue(d, j - 1, CUE_OFFICE_RANK) &&
			!(j >= 2 && dx_tok_has_cue(d, j - 2, CUE_OFFICE_RANK)) && !(j >= 3 && dx_tok_has_cue(d, j - 3, CUE_OFFICE_RANK)))
			continue;
		/* one look at the dictionary first: most words after a rank are no animate noun */
		if (!tok_may_be(d, j, DX_G(NOUN) | DX_G(anim) | DX_G(sing)))
			continue;
		for (i = 0; i < (int) (sizeof(cases) / sizeof(cases[0])) && gc == 0; i++)
			if (tok_may_be(d, j, DX_G(NOUN) | DX_G(anim) | DX_G(sing) | cases[i]) &&
				((r = rank_start(d, j, cases[i], 0)) < j || body))
				gc = cases[i];
		if (gc == 0 || dx_morph_nominative(d->lex, toks[j].low, strlen(toks[j].low),
										   DX_G(NOUN) | DX_G(anim) | DX_G(sing) | gc, noun, sizeof(noun)) < 0)
			continue;
		if (!body && (!dx_agent_noun_ending(noun) || dx_str_has_cue(d->lex, noun, CUE_NO_POST)))
			continue;
		/* "бывший главный архитектор": a post held once */
		if (r < j && ((ranks = rank_words(d, r, j, gc)) == NULL || (r > 0 && dx_tok_has_cue(d, r - 1, CUE_FORMER))))
			continue;
		c = post_body_end(d, j);
		if (body && c == j + 1)
			continue;
		q = c;
		if (q < n && d->tokspan[q] >= 0 && d->spans[d->tokspan[q]].t0 == q &&
			(dx_span_kind_at(d, q) == LK_COUNTRY || dx_span_kind_at(d, q) == LK_CAPITAL ||
			 dx_span_kind_at(d, q) == LK_CITY || dx_span_kind_at(d, q) == LK_REGION))
		{
			if (dx_span_kind_at(d, q) == LK_COUNTRY)
				country = dx_entry(d, d->spans[d->tokspan[q]].entry)->code;
			q = d->spans[d->tokspan[q]].t1;
		}
		/* "главный онколог Минздрава академик РАН Андрей Каприн": a title before the name */
		if (q < n && toks[q].type == TK_WORD && !(toks[q].flags & TF_CAP) && dx_tok_has_cue(d, q, CUE_TITLE))
			q = title_phrase_end(d, q);
		/* "с главным конструктором Петровым": a surname alone, named here */
		ranked_surname_alone(d, q, gram_case(gc));
		/* "Иван Петров, главный архитектор Москвы, заявил": after a name and a comma, before a mark */
		if (gc == DX_G(nomn) && r >= 2 && dx_tok_punct(&toks[r - 1], ',') && (ent = d->tokperson[r - 2]) >= 0 &&
			name_nominative_ending(d, r - 2) && (q >= n || toks[q].type == TK_PUNCT || toks[q].type == TK_DASH) && !d->ents[ent].role_from_text)
			;
		else if (q >= n || (ent = d->tokperson[q]) < 0 || d->tokperson[q - 1] == ent || !(toks[q].flags & TF_CAP) ||
				 d->ents[ent].role_from_text || !name_in_case(d, q, ent, gram_case(gc)))
			continue;
		dx_buf_init(&b, d->a);
		if (ranks)
		{
			dx_buf_adds(&b, ranks);
			dx_buf_addc(&b, ' ');
		}
		dx_buf_adds(&b, noun);
		if (c > j + 1)
		{
			dx_buf_addc(&b, ' ');
			dx_buf_adds(&b, dx_tokens_text(d, j + 1, c));
		}
		d->ents[ent].role = dx_buf_str(&b);
		d->ents[ent].role_from_text = 1;
		if (country && d->ents[ent].country == NULL)
			d->ents[ent].country = country;
	}
}

/* offices naming the person that follows them: министр иностранных дел Литвы Габриэлюс Ландсбергис */
void
dx_find_office_persons(dx_doc *d)
{
	participle_offices(d);
	hyphenated_offices(d);
	office_pass(d, 0);
}

/* an office after a name and a comma: "Дмитрий Медведев, президент России," */
void
dx_find_offices_after_names(dx_doc *d)
{
	office_pass(d, 1);
	pronoun_predicate_offices(d);
	duties_performed(d);
}

/*
 * the same for a person named by the surname alone, found since: "Сидоров
 * является министром обороны", "Сидоров, посол Японии,"
 */
void
dx_find_offices_after_surnames(dx_doc *d)
{
	office_pass(d, 2);
	ranked_posts(d);
	headline_office(d);
	duties_performed(d);
}

/* offices standing for a person: глава казахстанского государства */
void
dx_find_office_descriptors(dx_doc *d)
{
	int			n = d->text.ntoks,
				k,
				j;
	int		   *prevname = dx_alloc(d->a, sizeof(int) * (n + 1));
	int		   *nextname = dx_alloc(d->a, sizeof(int) * (n + 1));

	former_lexicon_offices_stay(d);
	if (prevname == NULL || nextname == NULL)
		return;
	for (j = 0; j < n; j++)
		prevname[j] = d->tokname[j] >= 0 ? j : (j > 0 ? prevname[j - 1] : -1);
	nextname[n] = n;
	for (j = n - 1; j >= 0; j--)
		nextname[j] = d->tokname[j] >= 0 ? j : nextname[j + 1];

	for (k = 0; k < d->nspans && !DX_POLL(d, k); k++)
	{
		dx_span    *s = &d->spans[k];
		const lex_entry *oe;
		const char *country;
		int			end,
					ent;

		if (s->kind != LK_OFFICE)
			continue;
		oe = dx_entry(d, s->entry);
		country = office_country(d, s, &end);
		if (end < n && d->tokperson[end] >= 0)
			continue;			/* names the person that follows */
		if (office_plural(d, s) || oe->code == NULL)
			continue;
		ent = person_by_office(d, prevname, nextname, s->t0, oe->code, country);
		/*
		 * "заведующая кафедрой профессор Ольга Карпова": an office that gave
		 * the person after its words that office stands for no other
		 */
		if (ent >= 0)
		{
			const char *c;
			int			e2,
						p;

			(void) office_role(d, s, 0, &c, &e2);
			p = e2 > s->t1 && e2 < n ? d->tokperson[e2] : -1;
			if (p >= 0 && p != ent && d->ents[p].role && oe->term &&
				strncmp(d->ents[p].role, oe->term, strlen(oe->term)) == 0)
				continue;
		}
		if (ent < 0 && country == NULL)
			continue;
		if (ent < 0 && !former_office(d, s))
			ent = holder_in_turn(d, oe, country);
		if (ent < 0 && (d->text.toks[s->t0].flags & TF_FIRST))
			ent = anaphoric_holder(d, s, oe, country);
		if (ent >= 0)
		{
			int			t1 = end > s->t1 ? end : s->t1;

			int			t0 = s->t0;

			if (t0 > 0 && d->tokspan[t0 - 1] >= 0 &&
				d->spans[d->tokspan[t0 - 1]].kind == LK_COUNTRY_ADJ &&
				d->spans[d->tokspan[t0 - 1]].t1 == t0)
				t0 = d->spans[d->tokspan[t0 - 1]].t0;
			dx_add_mention(d, t0, t1, DX_PERSON, DX_FORM_DESCRIPTOR, d->ents[ent].name, ent);
		}
	}
	/* the heads of bodies last: an office said of someone unnamed may stand for them */
	heads_of_bodies(d);
	heads_of_parties(d);
}

/* ---------------------------------------------------------------- colleagues */

#define COLLEAGUE_MAX 4

/*
 * Is the office role (of class cls) one a colleague of another state holds
 * under the same name: an office of a state (a head of state or government, a
 * minister, a diplomat, a member or head of a parliament) held now, its
 * words no body's own ("председатель Государственной думы" is of one
 * parliament only) nor a foreign minister's title of one state
 * ("госсекретарь")?  "советник президента по национальной безопасности"
 * (other) says nothing of the colleague's title.
 */
static int
colleague_office(const dx_doc *d, const char *role, const char *cls)
{
	const char *p;

	/* of the lexicon's office classes, all but a body's head (org_head) and the rest (other) */
	if (role == NULL || cls == NULL || strcmp(cls, "org_head") == 0 || strcmp(cls, "other") == 0)
		return 0;
	for (p = role; *p; p++)
		if ((p == role || p[-1] == ' ') && dx_upper_at(p))
			return 0;
	/* "государственный секретарь" of the US: a colleague of another state is a minister */
	return strcmp(cls, "foreign_minister") != 0 || dx_words_have_cue(d->lex, role, CUE_FOREIGN_AFFAIRS);
}

/* the first token of the person's name at token j */
static int
name_first_token(const dx_doc *d, int j)
{
	int			e = d->tokname[j];

	while (j > 0 && d->tokname[j - 1] == e)
		j--;
	return j;
}

/*
 * Does the name of person ent from token t0 stand in apposition to the noun
 * коллега at token c: in a case the noun's form may have, or in none its
 * endings show ("коллегой Жаном Дюпоном", "коллегу Жана Дюпона")?
 */
static int
name_fits_colleague(const dx_doc *d, int c, int t0, int ent)
{
	static const int cases[] = {DX_NOM, DX_GEN, DX_DAT, DX_ACC, DX_INS, DX_PREP};
	int			cs,
				cg;
	size_t		i;

	(void) name_cases(d, t0, ent, &cs, &cg);
	if (cs == DX_UNK && cg == DX_UNK)
		return 1;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		if (!tok_may_be(d, c, DX_G(NOUN) | case_gram(cases[i])))
			continue;
		if (name_in_case(d, t0, ent, cases[i]))
			return 1;
		/* "коллеге Сидоровой": a woman's surname in -ой is any oblique case but the accusative */
		if (cg == DX_UNK && cs != DX_NOM && cs != DX_ACC && cases[i] != DX_NOM && cases[i] != DX_ACC &&
			dx_person_gender(d, &d->ents[ent]) == DX_FEM)
			return 1;
	}
	return 0;
}

/*
 * States named as a list of one kind from token j: "Монако и Франции" (kind
 * LK_COUNTRY), "российским и китайским" (LK_COUNTRY_ADJ), joined by «и» or
 * commas; their codes go to states (at most max), in the text's order.
 * Returns the token after the list, j when none opens there.
 */
static int
colleague_states(const dx_doc *d, int j, lex_kind kind, const char **states, int *ns, int max)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				end = j;

	while (j < n && d->tokspan[j] >= 0 && d->spans[d->tokspan[j]].kind == kind &&
		   d->spans[d->tokspan[j]].t0 == j && *ns < max)
	{
		const dx_span *s = &d->spans[d->tokspan[j]];

		states[(*ns)++] = dx_entry(d, s->entry)->code;
		end = j = s->t1;
		if (j + 1 < n && toks[j + 1].sent == toks[end - 1].sent &&
			(dx_tok_punct(&toks[j], ',') || (toks[j].type == TK_WORD && (dx_tok_gram(d, j) & GR_AND))))
			j++;
		else
			break;
	}
	return end;
}

/*
 * Is the name of person ent from token t0 in the nominative
 * (name_nominative), or, its surname alone, written as the nominative
 * ("Бербок" of Анналена Бербок)?
 */
static int
colleague_name_nominative(const dx_doc *d, int t0, int ent)
{
	const dx_ent *e = &d->ents[ent];

	return name_nominative(d, t0, ent) ||
		(e->surname && (t0 + 1 >= d->text.ntoks || d->tokname[t0 + 1] != ent) &&
		 strcmp(d->text.toks[t0].low, e->surname) == 0);
}

/*
 * The person the possessive его, её at token p stands for: the person of
 * its gender named nearest before it in the sentence ("Иван Петров и его
 * коллега из Монако"), else one of the sentence before
 * (sentence_antecedent).  Not «их»: of several persons.
 */
static int
colleague_pronoun_owner(const dx_doc *d, int p)
{
	const dx_tok *toks = d->text.toks;
	int			fem = tok_may_be(d, p, DX_G(NPRO) | DX_G(femn)),
				masc = tok_may_be(d, p, DX_G(NPRO) | DX_G(masc)),
				g = fem && !masc ? DX_FEM : DX_MASC,
				j;

	if (!fem && !masc)
		return -1;
	for (j = p - 1; j >= 0 && j >= p - 60 && toks[j].sent == toks[p].sent; j--)
	{
		int			e = d->tokname[j],
					pg;

		if (e < 0 || d->ents[e].kind != DX_PERSON)
			continue;
		pg = dx_person_gender(d, &d->ents[e]);
		if (pg == 0 || pg == g)
			return e;
		j = name_first_token(d, j);
	}
	return sentence_antecedent(d, p, g);
}

/*
 * "Глава МИД Андорры провел переговоры с коллегой из Монако Жаном Дюпоном":
 * an office opening the sentence of token c (a state's adjective may stand
 * before it), no name after its words, in the nominative or showing no
 * case, held now and by one: the unnamed subject.  NULL when none.
 */
static const dx_span *
colleague_office_subject(dx_doc *d, int c)
{
	const dx_tok *toks = d->text.toks;
	const dx_span *s;
	const char *country;
	int			f = c,
				sp,
				end,
				oc;

	while (f > 0 && f > c - 60 && toks[f - 1].sent == toks[c].sent)
		f--;
	if (f > 0 && toks[f - 1].sent == toks[c].sent)
		return NULL;
	sp = d->tokspan[f];
	if (sp >= 0 && d->spans[sp].kind == LK_COUNTRY_ADJ && d->spans[sp].t0 == f && d->spans[sp].t1 < c)
		sp = d->tokspan[d->spans[sp].t1];
	if (sp < 0)
		return NULL;
	s = &d->spans[sp];
	if (s->kind != LK_OFFICE || s->t1 >= c || former_office(d, s) || office_plural(d, s))
		return NULL;
	oc = office_case(d, s, dx_entry(d, s->entry));
	if (oc != DX_NOM && oc != DX_UNK)
		return NULL;
	(void) office_role(d, s, 0, &country, &end);
	return end < c && d->tokname[end] < 0 ? s : NULL;
}

/*
 * The subject of the clause of the noun коллега at token c, whose colleague
 * he is when the noun has «свой» or no possessive: "Петров провел
 * переговоры с коллегой из Монако": the person named nearest before it in
 * the sentence in the nominative, or the person «он», «она» before it
 * stands for ("Он провел переговоры с монегасским коллегой", "В ходе
 * визита он провел"; colleague_pronoun_owner); none, the office opening
 * the sentence (colleague_office_subject) or the person named first after
 * it before a comma ("своего коллегу — Уго Чавеса поздравил Владимир
 * Путин").  Names of the colleagues (from token a to b) are not it.  -1
 * when none; *office is then the office standing for an unnamed subject,
 * if one does.
 */
static int
colleague_subject(dx_doc *d, int c, int a, int b, const dx_span **office)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				sent = toks[c].sent,
				j;

	*office = NULL;

	for (j = c - 1; j >= 0 && j >= c - 60 && toks[j].sent == sent; j--)
	{
		int			e = d->tokname[j],
					f;

		if (e < 0 || d->ents[e].kind != DX_PERSON)
		{
			/* "В ходе визита он провел переговоры с ...": the person «он», «она» stands for */
			if (toks[j].type == TK_WORD && (dx_tok_gram(d, j) & GR_PERS3) &&
				(dx_tok_gram(d, j) & (GR_MASC | GR_FEM)))
				return colleague_pronoun_owner(d, j);
			continue;
		}
		f = name_first_token(d, j);
		if (colleague_name_nominative(d, f, e))
			return e;
		j = f;
	}
	if ((*office = colleague_office_subject(d, c)) != NULL)
		return -1;
	for (j = b; j < n && j < b + 30 && toks[j].sent == sent && !dx_tok_punct(&toks[j], ','); j++)
	{
		int			e = d->tokname[j];

		if (e >= 0 && d->ents[e].kind == DX_PERSON && j >= a)
			return colleague_name_nominative(d, j, e) ? e : -1;
	}
	return -1;
}

/*
 * "Глава МИД Андорры Иван Петров провел переговоры со своим монегасским
 * коллегой Жаном Дюпоном", "Петров и его коллега из Монако Жан Дюпон",
 * "монегасский коллега Ивана Петрова Жан Дюпон", "с коллегами из Монако и
 * Франции Жаном Дюпоном и Пьером Мартеном": a person named right after the
 * noun коллега (class colleague; a dash may stand between) holds the office
 * of the one whose colleague he is, in the state the noun's adjective or
 * its «из» names.  Whose: the person named in the genitive between noun and
 * name, the one «его», «её» stands for, else the clause's subject
 * (colleague_subject), named or an office unnamed.  With the genitive and
 * no name after it, the colleague may be named before the phrase, which is
 * in apposition to him ("Жан Дюпон, монегасский коллега Ивана Петрова,
 * заявил").  The noun needs a possessive, a state or that
 * genitive: "коллеги-журналисты", "коллега по партии" (of one body), "наши
 * коллеги" (the speaker's), "бывший коллега" give nothing.  Only a person
 * with no office takes it, of another state than the one whose colleague
 * he is, and only an office every state has (colleague_office).
 */
static void
colleague_offices(dx_doc *d)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks,
				c;

	for (c = 1; c + 1 < n && !DX_POLL(d, c); c++)
	{
		const char *states[COLLEAGUE_MAX],
				   *after[COLLEAGUE_MAX],
				   *orole = NULL,
				   *oclass = NULL,
				   *ocountry = NULL;
		const dx_span *office = NULL;
		int			targets[COLLEAGUE_MAX],
					nt = 0,
					ns = 0,
					na = 0,
					own = 0,
					none = 0,
					appos = 0,
					pron = -1,
					owner = -1,
					sent = toks[c].sent,
					q,
					k,
					i;

		if (toks[c].type != TK_WORD || !dx_tok_has_cue(d, c, CUE_COLLEAGUE) ||
			toks[c - 1].type == TK_HYPHEN || toks[c + 1].type == TK_HYPHEN)
			continue;
		/* before it: "со своим новым монегасским", "с российским и китайским", "его" */
		for (q = c - 1; q >= 0 && q >= c - 8 && toks[q].sent == sent; q--)
		{
			int			sp = d->tokspan[q];

			if (sp >= 0 && d->spans[sp].kind == LK_COUNTRY_ADJ && d->spans[sp].t1 == q + 1)
			{
				if (ns < COLLEAGUE_MAX)
				{
					memmove(states + 1, states, sizeof(states[0]) * (size_t) ns);
					states[0] = dx_entry(d, d->spans[sp].entry)->code;
					ns++;
				}
				q = d->spans[sp].t0;
				continue;
			}
			if (toks[q].type != TK_WORD && !dx_tok_punct(&toks[q], ','))
				break;
			/* "с российским и китайским": only between two states' adjectives */
			if (ns > 0 && (dx_tok_punct(&toks[q], ',') || (dx_tok_gram(d, q) & GR_AND)) && q >= 1 &&
				d->tokspan[q - 1] >= 0 && d->spans[d->tokspan[q - 1]].kind == LK_COUNTRY_ADJ &&
				d->spans[d->tokspan[q - 1]].t1 == q)
				continue;
			if (toks[q].type != TK_WORD || ((toks[q].flags & TF_CAP) && !(toks[q].flags & TF_FIRST)))
				break;
			/* "бывший коллега"; "наши коллеги", the speaker's */
			if (dx_tok_has_cue(d, q, CUE_FORMER) ||
				((dx_tok_gram(d, q) & GR_POSS_ADJ) && !dx_tok_has_cue(d, q, CUE_OWN_ADJ)))
				none = 1;
			else if (dx_tok_has_cue(d, q, CUE_OWN_ADJ))
				own = 1;
			else if ((dx_tok_gram(d, q) & GR_POSS) && (dx_tok_gram(d, q) & GR_PRON))
				pron = q;
			else if (dx_adjective_form(&toks[q]) && d->tokspan[q] < 0)
				continue;
			break;
		}
		if (none)
			continue;
		/* after it: "из Монако и Франции", a dash */
		k = c + 1;
		if (toks[k].type == TK_WORD && (dx_tok_gram(d, k) & GR_P_PO))
			continue;
		if (toks[k].type == TK_WORD && (dx_tok_gram(d, k) & GR_P_IZ) && k + 1 < n)
			k = colleague_states(d, k + 1, LK_COUNTRY, after, &na, COLLEAGUE_MAX);
		if (k < n && toks[k].type == TK_DASH)
			k++;
		if (k >= n || toks[k].sent != sent || d->tokname[k] < 0 || name_first_token(d, k) != k ||
			d->ents[d->tokname[k]].kind != DX_PERSON)
			continue;
		/* "коллега Ивана Петрова Жан Дюпон": whose colleague, then the colleague */
		if (!name_fits_colleague(d, c, k, d->tokname[k]) && possessor(d, k, d->tokname[k]))
		{
			owner = d->tokname[k];
			while (k < n && d->tokname[k] == owner)
				k++;
			if (k >= n || d->tokname[k] < 0 || d->ents[d->tokname[k]].kind != DX_PERSON)
			{
				int			b = q >= 1 ? d->tokname[q - 1] : -1;

				/*
				 * "Жан Дюпон, монегасский коллега Ивана Петрова, заявил": the
				 * colleague named before, the phrase in apposition to him
				 */
				if (b < 0 || b == owner || d->ents[b].kind != DX_PERSON || toks[q].sent != sent ||
					!(dx_tok_punct(&toks[q], ',') || toks[q].type == TK_DASH) ||
					!name_fits_colleague(d, c, name_first_token(d, q - 1), b) ||
					(k < n && toks[k].sent == sent && toks[k].type != TK_PUNCT && toks[k].type != TK_DASH))
					continue;
				targets[nt++] = b;
				appos = 1;
			}
		}
		if (owner < 0 && !own && pron < 0 && ns == 0 && na == 0)
			continue;
		/* the colleague, or several of the plural: "Жаном Дюпоном и Пьером Мартеном" */
		i = k;
		while (!appos && nt < COLLEAGUE_MAX && i < n && d->tokname[i] >= 0 && d->ents[d->tokname[i]].kind == DX_PERSON &&
			   toks[i].sent == sent && name_fits_colleague(d, c, i, d->tokname[i]))
		{
			targets[nt++] = d->tokname[i];
			while (i < n && d->tokname[i] == targets[nt - 1])
				i++;
			if (!tok_may_be(d, c, DX_G(NOUN) | DX_G(plur)) || i + 1 >= n ||
				!(dx_tok_punct(&toks[i], ',') || (toks[i].type == TK_WORD && (dx_tok_gram(d, i) & GR_AND))) ||
				d->tokname[i + 1] < 0 || name_first_token(d, i + 1) != i + 1)
				break;
			i++;
		}
		if (nt == 0)
			continue;
		if (owner < 0)
			owner = pron >= 0 ? colleague_pronoun_owner(d, pron) : colleague_subject(d, c, k, i, &office);
		if (owner >= 0 && d->ents[owner].kind == DX_PERSON && d->ents[owner].role_from_text != ROLE_FORMER)
		{
			orole = d->ents[owner].role;
			oclass = d->ents[owner].role_class;
			ocountry = d->ents[owner].country;
		}
		else if (owner < 0 && office != NULL)
		{
			int			end;

			orole = ranked_role(d, office, office_role(d, office, 0, &ocountry, &end));
			oclass = dx_entry(d, office->entry)->code;
		}
		if (na > 0)
		{
			memcpy(states, after, sizeof(after[0]) * (size_t) na);
			ns = na;
		}
		for (q = 0; q < nt; q++)
		{
			dx_ent	   *e = &d->ents[targets[q]];
			const char *state = ns == 1 ? states[0] : ns == nt ? states[q] : NULL;

			if (targets[q] == owner || (state && ocountry && strcmp(state, ocountry) == 0))
				continue;
			/* "со своим английским коллегой Марком Седвиллом": his state, whatever his office */
			if (state && e->country == NULL)
				e->country = state;
			if (!colleague_office(d, orole, oclass) || e->role != NULL || e->role_from_text == ROLE_FORMER)
				continue;
			e->role = orole;
			e->role_class = oclass;
			e->role_from_text = 1;
		}
	}
}

/* "Иван Петров провел переговоры со своим монегасским коллегой Жаном Дюпоном" */
void
dx_find_colleague_offices(dx_doc *d)
{
	colleague_offices(d);
}
