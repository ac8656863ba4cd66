/*
 * quotes.c - direct speech in «», „“ or "" attributed to a person by the
 * speech verb before or after it, also when the person is named by office.
 */
#include "internal.h"
#include "morph.h"

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

/* a punctuation mark other than a bracket: it ends a phrase */
static int
phrase_stop(const dx_tok *t)
{
	return t->type == TK_PUNCT && !dx_tok_punct(t, '(') && !dx_tok_punct(t, ')');
}

/*
 * The person that ends a long noun phrase from `from`: "считает директор
 * международного Общества защиты притесняемых народов (GfbV) Ульрих
 * Делиус".  A preposition or other punctuation ends the phrase ("заявил
 * сенатор в беседе с ..." names someone else).
 */
static int
phrase_person(const dx_doc *d, int from, int to)
{
	int			j;

	for (j = from; j < to && j < d->text.ntoks; j++)
	{
		const dx_tok *t = &d->text.toks[j];

		if (d->tokperson[j] >= 0)
			return d->tokperson[j];
		if (phrase_stop(t))
			return -1;
		if (t->type == TK_WORD && !(t->flags & TF_CAP) && t->nchars <= 2)
			return -1;
	}
	return -1;
}

static int
is_speech(const dx_doc *d, int j)
{
	const char *c = dx_verb_code(d, j);

	/* a verb, not its noun: "с заявлением о ..." says nothing itself */
	return c && strcmp(c, "speech") == 0 && !(d->text.toks[j].flags & TF_CAP) &&
		!dx_verbal_noun_ending(d->text.toks[j].low);
}

/* a lower-case verb by its ending: "приводит", "сделал" */
static int
said_verb(const dx_tok *t)
{
	return t->type == TK_WORD && !(t->flags & TF_CAP) && (dx_verb_form(t) || dx_finite_verb_ending(t->low));
}

/*
 * A word of speech or of opinion that a quotation may hang on: "считает X",
 * "X уверен, что «...»", "«...», — убежден министр".
 */
static int
is_saying(const dx_doc *d, int j)
{
	return is_speech(d, j) ||
		(dx_tok_has_cue(d, j, CUE_OPINION) && d->text.toks[j].type == TK_WORD &&
		 !(d->text.toks[j].flags & TF_CAP));
}

static int
is_pronoun(const dx_doc *d, int j)
{
	return (dx_tok_gram(d, j) & (GR_MASC | GR_FEM)) != 0;
}

/*
 * The gender a pronoun or a past-tense verb shows (она, сказала: feminine),
 * 0 when it shows none (заявляет, они).
 */
static int
tok_gender(const dx_doc *d, int j)
{
	const dx_tok *t = &d->text.toks[j];

	if (t->type != TK_WORD)
		return 0;
	if (dx_tok_gram(d, j) & GR_FEM)
		return DX_FEM;
	if (dx_tok_gram(d, j) & GR_MASC)
		return DX_MASC;
	return dx_past_gender(t->low);
}


static int
gender_fits(const dx_doc *d, int p, int gender)
{
	int			pg = dx_person_gender(d, &d->ents[p]);

	return gender == 0 || pg == 0 || pg == gender;
}

/* a person of the state a country adjective names (российский министр): NULL, any */
static int
country_fits(const dx_doc *d, int p, const char *country)
{
	return country == NULL || (d->ents[p].country && strcmp(d->ents[p].country, country) == 0);
}

/* is the name ending at token j (its surname) in a case other than the nominative: Ханту, Джавиду */
static int
oblique(const dx_doc *d, int j)
{
	const dx_ent *e = &d->ents[d->tokperson[j]];

	if (e->surname == NULL || strcmp(d->text.toks[j].low, e->surname) == 0)
		return 0;
	return dx_case_of(d->text.toks[j].low, e->surname) != DX_NOM &&
		dx_case_of(d->text.toks[j].low, e->surname) != DX_UNK;
}

/*
 * The subject right before a speech verb at k ("Кан также назвал"): a person
 * with at most two lower-case words (также, ранее, вновь) between.
 */
static int
subject_before(const dx_doc *d, int k, int from)
{
	int			j,
				skipped = 0;

	for (j = k - 1; j >= from && j >= 0 && skipped <= 2; j--)
	{
		const dx_tok *t = &d->text.toks[j];

		if (d->tokperson[j] >= 0)
			return oblique(d, j) ? -1 : d->tokperson[j];
		if (t->type != TK_WORD || (t->flags & TF_CAP) || dx_verb_form(t) ||
			(dx_tok_gram(d, j) & GR_WHICH) || is_pronoun(d, j))
			break;
		skipped++;				/* "также", "ранее", "вновь" */
	}
	return -1;
}

static int	office_subject(const dx_doc *d, int j, int from);
static int	office_holder_of(const dx_doc *d, int tok, int before, const char *country);
static const char *office_state(const dx_doc *d, int tok);

/*
 * The person a speech verb at k names itself, without reading pronouns: the
 * subject before it, or a name right after it ("заявил в понедельник
 * официальный представитель ... Схинас").  The words after a comma or "что"
 * are what was said, not who said it; the words after a gerund are its
 * object.
 */
static int
named_speaker(const dx_doc *d, int k, int from, int to)
{
	int			j;

	if (subject_before(d, k, from) >= 0)
		return subject_before(d, k, from);
	/* "Венгерский министр отметил": the holder of that office, of that state */
	for (j = k - 1; j >= from && j >= 0 && j >= k - 8 && d->text.toks[j].type == TK_WORD; j--)
		if (office_subject(d, j, from))
			return office_holder_of(d, j, j, office_state(d, j));
	/* "..., комментируя отставку министра X": the name after a gerund is its object */
	if (dx_morph_first_gram(d->lex, d->text.toks[k].low, strlen(d->text.toks[k].low)) & DX_G(GRND))
		return -1;
	for (j = k + 1; j < to && j < d->text.ntoks && j <= k + 14; j++)
	{
		const dx_tok *t = &d->text.toks[j];

		if (d->tokperson[j] >= 0)
			return d->tokperson[j];
		if (t->type == TK_PUNCT || t->type == TK_QUOTE || (dx_tok_gram(d, j) & (GR_THAT | GR_SO_THAT)) ||
			dx_verb_form(t))
			break;
	}
	return -1;
}

/* is the name at token j led by a preposition (по Егору Свиридову): no subject */
static int
after_preposition(const dx_doc *d, int j)
{
	int			p = d->tokperson[j];

	while (j > 0 && d->tokperson[j - 1] == p)
		j--;
	return j > 0 && (dx_tok_gram(d, j - 1) & GR_PREP) != 0;
}

/* the person last shown speaking in tokens [from, tok), of that gender and state */
static int
speaker_in(const dx_doc *d, int from, int s0, int tok, int gender, const char *country)
{
	int			j,
				q;

	for (j = tok - 1; j >= from; j--)
	{
		int			p = -1;

		/* quotations are kept in text order: look only at those in reach */
		for (q = d->nquotes - 1; q >= 0 && p < 0 && d->quotes[q].end >= d->text.toks[j].c1; q--)
			if (d->quotes[q].end == d->text.toks[j].c1)
			{
				p = dx_entity_by_name(d, DX_PERSON, d->quotes[q].speaker);
			}
		if (p < 0 && is_saying(d, j))
			p = named_speaker(d, j, s0, tok);
		if (p < 0 && dx_tok_has_cue(d, j, CUE_BY_WORDS) && j + 1 < tok &&
			d->tokperson[j + 1] >= 0)
			p = d->tokperson[j + 1];
		if (p >= 0 && gender_fits(d, p, gender) && country_fits(d, p, country))
			return p;
	}
	return -1;
}

/*
 * "он", "она", "сказал дипломат": the person last shown speaking before tok,
 * in the two sentences before it (the speaker of an earlier quotation, the
 * name at a speech verb, "по словам X"), else the person of that gender
 * named last.
 */
static int
antecedent_of(const dx_doc *d, int tok, int gender, const char *country, int subject)
{
	int			s0 = dx_sentence_start(d, tok),
				s1,
				j,
				p;

	if (s0 > 0)
		s0 = dx_sentence_start(d, s0 - 1);
	s1 = s0;
	if (s0 > 0)
		s0 = dx_sentence_start(d, s0 - 1);
	p = speaker_in(d, s1, s0, tok, gender, country);
	if (p >= 0)
		return p;
	/*
	 * a pronoun subject stands for the subject of the sentence before rather
	 * than for a speaker two sentences back: "... возглавил протоиерей X. На
	 * панихиде он призвал"
	 */
	for (j = s1; subject && j < tok && d->text.toks[j].sent == d->text.toks[s1].sent; j++)
		if (d->tokperson[j] >= 0 && !oblique(d, j) && !after_preposition(d, j))
		{
			if (gender_fits(d, d->tokperson[j], gender) && country_fits(d, d->tokperson[j], country))
				return d->tokperson[j];
			break;
		}
	p = speaker_in(d, s0, s0, s1, gender, country);
	if (p >= 0)
		return p;
	/*
	 * a pronoun stands for a subject: "Джонсон призвал ... В обращении к
	 * Ханту и Джавиду он написал" is Johnson's, not the persons in the dative
	 */
	for (j = tok - 1; j >= 0 && j >= tok - 400; j--)
		if (d->tokperson[j] >= 0 && gender_fits(d, d->tokperson[j], gender) &&
			country_fits(d, d->tokperson[j], country) && !oblique(d, j))
			return d->tokperson[j];
	for (j = tok - 1; j >= 0 && j >= tok - 400; j--)
		if (d->tokperson[j] >= 0 && gender_fits(d, d->tokperson[j], gender) &&
			country_fits(d, d->tokperson[j], country))
			return d->tokperson[j];
	return -1;
}

static int
antecedent(const dx_doc *d, int tok, int gender)
{
	return antecedent_of(d, tok, gender, NULL, 0);
}

/* a personal pronoun that is the verb's subject (он сказал, сказал он) */
static int
antecedent_subject(const dx_doc *d, int tok, int gender)
{
	return antecedent_of(d, tok, gender, NULL, 1);
}

/*
 * The gender of a possessive pronoun by the dictionary (ее may be feminine,
 * его only masculine or neuter), 0 for their or when the dictionary says none.
 */
static int
possessive_gender(const dx_doc *d, int j)
{
	const char *low = d->text.toks[j].low;
	size_t		len = strlen(low);

	if (dx_morph_may_be(d->lex, low, len, DX_G(NPRO) | DX_G(femn)) == 1)
		return DX_FEM;
	if (dx_morph_may_be(d->lex, low, len, DX_G(NPRO) | DX_G(masc)) == 1)
		return DX_MASC;
	return 0;
}

/*
 * Offices that a generic word may stand for: "дипломат" is said of
 * ambassadors and of ministers and deputy ministers of foreign affairs.
 */
static int
office_fits(const dx_doc *d, const char *word_class, const dx_ent *p)
{
	if (strcmp(word_class, p->role_class) == 0)
		return 1;
	return strcmp(word_class, "diplomat") == 0 &&
		(strcmp(p->role_class, "foreign_minister") == 0 || dx_words_have_cue(d->lex, p->role, CUE_FOREIGN_AFFAIRS));
}

/*
 * The person holding the office named at token tok, named last before
 * `before`, of the state `country` when it is not NULL.
 */
static int
office_holder_of(const dx_doc *d, int tok, int before, const char *country)
{
	const lex_entry *oe = dx_entry(d, d->spans[d->tokspan[tok]].entry);
	int			j;

	/* before may be the end of the text (a sentence's end, exclusive) */
	if (before >= d->text.ntoks)
		before = d->text.ntoks - 1;
	for (j = before; j >= 0 && j >= before - 3000; j--)
		if (d->tokperson[j] >= 0 && d->ents[d->tokperson[j]].role_class && oe->code &&
			(office_fits(d, oe->code, &d->ents[d->tokperson[j]]) ||
			 strstr(d->ents[d->tokperson[j]].role ? d->ents[d->tokperson[j]].role : "", oe->name)) &&
			country_fits(d, d->tokperson[j], country))
			return d->tokperson[j];
	return -1;
}

static int
office_holder(const dx_doc *d, int tok, int before)
{
	return office_holder_of(d, tok, before, NULL);
}

/*
 * The state of the office whose name starts at token tok: a state's
 * adjective right before it (венгерский министр) or a state's name right
 * after it (министр Венгрии); NULL when none.
 */
static const char *
office_state(const dx_doc *d, int tok)
{
	int			e = d->spans[d->tokspan[tok]].t1,
				a;

	if (tok > 0 && d->tokspan[tok - 1] >= 0 && d->spans[d->tokspan[tok - 1]].kind == LK_COUNTRY_ADJ &&
		d->spans[d->tokspan[tok - 1]].t1 == tok)
	{
		a = dx_tok_entry_kind(d, d->spans[d->tokspan[tok - 1]].t0, LK_COUNTRY_ADJ);
		return a >= 0 ? dx_entry(d, a)->code : NULL;
	}
	if (e < d->text.ntoks && d->tokspan[e] >= 0 && d->spans[d->tokspan[e]].kind == LK_COUNTRY &&
		d->spans[d->tokspan[e]].t0 == e)
		return dx_entry(d, d->spans[d->tokspan[e]].entry)->code;
	return NULL;
}

/*
 * An organisation type's noun in another form than its dictionary one
 * (агентству, газете, изданию): not the subject of a singular verb.
 */
static int
org_type_oblique(const dx_doc *d, int tok)
{
	int			types[4];

	if (d->text.toks[tok].type != TK_WORD || dx_tok_entries(d, tok, LK_ORG_TYPE, types, 4) == 0)
		return 0;
	return strcmp(d->text.toks[tok].low, dx_entry(d, types[0])->term) != 0;
}

/*
 * A quoted title of a few words at token j ("газете «Выборча»", "с
 * корреспондентом «Голоса Америки»"): the index of its closing mark, -1 when
 * the mark at j opens no such title.
 */
static int
title_close(const dx_doc *d, int j, int to)
{
	int			e;

	if (d->text.toks[j].type != TK_QUOTE || j + 1 >= to || d->text.toks[j + 1].type != TK_WORD ||
		(d->text.toks[j + 1].flags & TF_SPACE))
		return -1;
	for (e = j + 1; e < to && e <= j + 6; e++)
	{
		const dx_tok *t = &d->text.toks[e];

		if (t->type == TK_QUOTE)
			return e;
		if (t->type != TK_WORD && t->type != TK_HYPHEN && t->type != TK_NUM)
			return -1;
	}
	return -1;
}

/*
 * The subject after a speech verb, past the circumstances that stand between:
 * "– отметил в интервью газете «Выборча» министр обороны X", "– сказал в
 * беседе с корреспондентом «Голоса Америки» лидер движения X".  A name after
 * a preposition is the circumstance's own (в беседе с X) until a quoted title
 * or an office starts the subject's phrase; a name in an oblique case is none.
 */
static int
subject_after(const dx_doc *d, int from, int to)
{
	int			j,
				prep = 0,
				head = 0;

	for (j = from; j < to && j < d->text.ntoks && j < from + 20; j++)
	{
		const dx_tok *t = &d->text.toks[j];
		int			c;

		if (d->tokperson[j] >= 0)
		{
			if (!prep && !oblique(d, j))
				return d->tokperson[j];
			while (j + 1 < to && d->tokperson[j + 1] == d->tokperson[j])
				j++;
			continue;
		}
		if (t->type == TK_QUOTE)
		{
			if ((c = title_close(d, j, to)) < 0)
				break;
			j = c;
			prep = 0;
			head = 1;
			continue;
		}
		if (phrase_stop(t) || t->type == TK_DASH ||
			(dx_tok_gram(d, j) & (GR_THAT | GR_SO_THAT | GR_WHICH)) || dx_verb_form(t))
			break;
		if (dx_span_kind_at(d, j) == LK_OFFICE)
		{
			prep = 0;
			head = 1;
		}
		else if (!head && (dx_tok_gram(d, j) & GR_PREP))
			prep = 1;
	}
	return -1;
}

/*
 * "– отметил эксперт": the person the story introduced with that noun
 * ("Эксперт института ... Владимир Брутер", "эксперта Ивана Петрова"), the
 * last one before tok; the noun may stand in another case.
 */
static int
described_person(const dx_doc *d, int h, int tok, int gender, const char *country)
{
	const char *w = d->text.toks[h].low;
	size_t		wl = strlen(w),
				stem;
	int			j,
				k;

	if (d->text.toks[h].nchars < 5)
		return -1;
	/* the stem: the word less a two-letter ending (bytes of two Cyrillic letters) */
	stem = wl - 4;
	for (j = tok - 1; j >= 0 && j >= tok - 600; j--)
	{
		const dx_tok *t = &d->text.toks[j];

		if (t->type != TK_WORD || d->tokperson[j] >= 0 || strlen(t->low) < stem ||
			strncmp(t->low, w, stem) != 0 || strlen(t->low) > wl + 4)
			continue;
		for (k = j + 1; k < tok && k <= j + 10; k++)
		{
			const dx_tok *u = &d->text.toks[k];

			if (d->tokperson[k] >= 0)
			{
				if (gender_fits(d, d->tokperson[k], gender) && country_fits(d, d->tokperson[k], country))
					return d->tokperson[k];
				break;
			}
			if (phrase_stop(u) ||
				u->type == TK_DASH || u->type == TK_QUOTE || dx_verb_form(u))
				break;
		}
	}
	return -1;
}

static int	speech_noun_in(const dx_doc *d, int tok, int to);

/*
 * "В письме министра X говорится: «...»", "на сайте сообщается": an
 * impersonal verb at k (reflexive, present, third person) after the place of
 * a text that opens its clause names no speaker, whoever the place names.
 */
static int
impersonal_text(const dx_doc *d, int k, int from)
{
	const char *low = d->text.toks[k].low;
	int			j;

	if (d->text.toks[k].type != TK_WORD || !dx_reflexive_ending(low) ||
		dx_morph_may_be(d->lex, low, strlen(low), DX_G(VERB) | DX_G(pres) | DX_G(sing) | DX_G(per3)) != 1 ||
		(k > from && is_pronoun(d, k - 1)))
		return 0;
	for (j = k - 1; j >= from && j >= k - 8 && d->text.toks[j].type != TK_PUNCT; j--)
		if ((dx_tok_gram(d, j) & (GR_P_V | GR_P_NA)) && (j == from || d->text.toks[j - 1].type == TK_PUNCT))
			return 1;
	return 0;
}

/*
 * An office that is the subject of a verb after it: the first word of an
 * office's name, that may be in the nominative, not led by a noun whose
 * complement it would be (представитель министра) nor by a preposition.
 */
static int
office_subject(const dx_doc *d, int j, int from)
{
	const dx_tok *t = &d->text.toks[j];

	int			e;

	if (dx_span_kind_at(d, j) != LK_OFFICE || d->spans[d->tokspan[j]].t0 != j ||
		dx_tok_has_cue(d, j, CUE_SPOKESMAN) ||
		dx_morph_may_be(d->lex, t->low, strlen(t->low), DX_G(nomn) | DX_G(sing)) == 0)
		return 0;
	/*
	 * "помощник Хиллари Клинтон", "представитель посла": someone else's
	 * man; "лидер Хадим ...": a name follows, the office is its apposition
	 */
	e = d->spans[d->tokspan[j]].t1;
	if (e < d->text.ntoks && (d->tokperson[e] >= 0 || dx_span_kind_at(d, e) == LK_OFFICE ||
							  (d->text.toks[e].type == TK_WORD && (d->text.toks[e].flags & TF_CAP) &&
							   dx_span_kind_at(d, e) != LK_COUNTRY && dx_span_kind_at(d, e) != LK_ORG)))
		return 0;
	if (j > from && d->text.toks[j - 1].type == TK_WORD)
	{
		const dx_tok *b = &d->text.toks[j - 1];

		if ((dx_tok_gram(d, j - 1) & GR_PREP) ||
			dx_morph_may_be(d->lex, b->low, strlen(b->low), DX_G(NOUN)) == 1)
			return 0;
	}
	return 1;
}

/* the person a speech verb at k is said by: after it (заявил Лавров) or before it */
static int
speaker_of_verb(const dx_doc *d, int k, int from, int to, int quote_tok)
{
	int			p;
	int			n = d->text.ntoks;
	int			gender = tok_gender(d, k);
	const char *low = d->text.toks[k].low;

	/*
	 * "сказано в заявлении", "как отмечено в документе": a text, said by no
	 * one ("сказано в выступлении X" names whose words they are)
	 */
	if (dx_morph_may_be(d->lex, low, strlen(low), DX_G(PRTS) | DX_G(neut)) == 1 &&
		dx_morph_may_be(d->lex, low, strlen(low), DX_G(VERB)) == 0 && speech_noun_in(d, k + 1, to) < 0)
		return -2;
	if (impersonal_text(d, k, from))
		return -2;
	/* "Туск прокомментировал отставку Дэвиса так:": the subject right before */
	p = subject_before(d, k, from);
	if (p >= 0)
		return p;
	/*
	 * "в пресс-службе сообщили", "заявили в министерстве", "– сообщают
	 * журналисты X и Y": said by no one person
	 */
	if (dx_plural_past_ending(d->text.toks[k].low) ||
		(dx_morph_may_be(d->lex, d->text.toks[k].low, strlen(d->text.toks[k].low), DX_G(VERB) | DX_G(plur)) == 1 &&
		 dx_morph_may_be(d->lex, d->text.toks[k].low, strlen(d->text.toks[k].low), DX_G(VERB) | DX_G(sing)) == 0))
		return -2;
	/* right after the verb: a name, an office or a pronoun */
	if (k + 1 < n)
	{
		int			e;

		if (is_pronoun(d, k + 1))
			return antecedent_subject(d, quote_tok, tok_gender(d, k + 1));
		/*
		 * "отмечает, что Анна ...": what follows "что" or a comma right
		 * after the verb was said, not who said it
		 */
		for (e = k + 1; e < to && e < k + 9; e++)
			if ((e == k + 1 && dx_tok_punct(&d->text.toks[e], ',')) || dx_tok_punct(&d->text.toks[e], ':') ||
				d->text.toks[e].type == TK_QUOTE || (dx_tok_gram(d, e) & GR_THAT))
				break;
		p = person_in(d, k + 1, e, k + 1);
		if (p < 0)
			p = phrase_person(d, k + 1, k + 15 < to ? k + 15 : to);
		if (p < 0)
			p = subject_after(d, k + 1, to);
		if (p >= 0)
			return p;
		if (dx_span_kind_at(d, k + 1) == LK_OFFICE)
		{
			/* "заявила министр": the person of that office named last */
			p = office_holder(d, k + 1, quote_tok);
			if (p >= 0)
				return p;
		}
		/*
		 * "– заявил сенатор", "– сказал дипломат": a common noun for the
		 * person last shown speaking
		 */
		{
			int			c = k + 1;

			/* "– пояснил РИА Новости министр": the medium told, in the dative */
			while (c < to && c < k + 4 && d->text.toks[c].type == TK_WORD && (d->text.toks[c].flags & TF_CAP) &&
				   d->tokperson[c] < 0)
				c++;
			/* "– сказал журналистам министр", "– сообщил агентству источник": whom it was told */
			if (c + 1 < to && (dx_tok_has_cue(d, c, CUE_AUDIENCE) || org_type_oblique(d, c)))
				c++;
			if (c < to && d->text.toks[c].type == TK_WORD && !(d->text.toks[c].flags & TF_CAP))
			{
				int			types[4],
							h = c;
				const char *country = NULL;

				/* "– пишет (либеральная) газета", "– сообщает агентство": no person */
				while (h < to && h < c + 2 && dx_adjective_form(&d->text.toks[h]))
				{
					/* "– сказал турецкий министр": of that state */
					int			ae = dx_tok_entry_kind(d, h, LK_COUNTRY_ADJ);

					if (ae >= 0)
						country = dx_entry(d, ae)->code;
					h++;
				}
				/* a body said it: nobody's words, no other speaker looked for */
				if (dx_tok_entries(d, h, LK_ORG_TYPE, types, 4) > 0)
					return -2;
				/*
				 * "– сообщил источник", "– добавил собеседник агентства", "–
				 * отметил представитель ведомства", "– сказал изданию один из
				 * демонстрантов": someone unnamed
				 */
				if (dx_tok_has_cue(d, h, CUE_SOURCE_NOUN) || dx_tok_has_cue(d, h, CUE_SPOKESMAN) ||
					(dx_tok_gram(d, h) & GR_P_IZ) || (h + 1 < to && (dx_tok_gram(d, h + 1) & GR_P_IZ)))
					return -2;
				p = described_person(d, h, quote_tok, gender, country);
				if (p < 0)
					p = antecedent_of(d, quote_tok, gender, country, 1);
				if (p >= 0)
					return p;
			}
		}
	}
	/*
	 * before the verb: the subject, of the verb's gender ("Мэй ... ответила,
	 * что он ушел рано, а также заявила": not he)
	 */
	{
		int			j;

		for (j = k - 1; j >= from; j--)
		{
			/* "представитель Гренелла заявил": a name in the genitive is not the subject */
			if (d->tokperson[j] >= 0)
			{
				if (oblique(d, j))
					return -1;
				if (gender_fits(d, d->tokperson[j], gender))
					return d->tokperson[j];
				continue;
			}
			if (is_pronoun(d, j) && (gender == 0 || tok_gender(d, j) == 0 || tok_gender(d, j) == gender))
				return antecedent_subject(d, j, tok_gender(d, j));
			/* "Позже министр добавил: «...»": the person of that office */
			if (office_subject(d, j, from))
				return office_holder_of(d, j, j, office_state(d, j));
			/* "«...», — сказал X и добавил, что «...»": the speaker of the quotation closed here */
			if (d->text.toks[j].type == TK_QUOTE && j > 0 && d->nquotes > 0 &&
				d->quotes[d->nquotes - 1].end == d->text.toks[j - 1].c1)
			{
				p = dx_entity_by_name(d, DX_PERSON, d->quotes[d->nquotes - 1].speaker);
				return p >= 0 && gender_fits(d, p, gender) ? p : -1;
			}
			if (d->text.toks[j].type == TK_QUOTE)
				break;
		}
	}
	return -1;
}

/*
 * The person whose words a speech noun at w names: "приводит слова министра
 * Петрова", "говорится в тексте выступления Х. Мааса", "приводит его слова
 * газета" (the person last shown speaking), "приводит слова дипломата" (an
 * office or a common noun for a person named before).  -2 when the words are
 * of someone who speaks for the person named (слова представителя премьера
 * X), -1 when the phrase names no one.
 */
static int
speaker_of_words(const dx_doc *d, int w, int to, int quote_tok)
{
	int			j,
				spokesman = 0;

	if (w > 0 && (dx_tok_gram(d, w - 1) & GR_POSS))
		return antecedent(d, quote_tok, 0);
	for (j = w + 1; j < to && j < d->text.ntoks && j <= w + 12; j++)
	{
		const dx_tok *t = &d->text.toks[j];
		int			p = d->tokperson[j];

		if (p >= 0)
		{
			const dx_ent *e = &d->ents[p];

			if (spokesman && !(e->role && dx_words_have_cue(d->lex, e->role, CUE_SPOKESMAN)))
				return -2;
			return p;
		}
		if (dx_tok_has_cue(d, j, CUE_SPOKESMAN))
			spokesman = 1;
		/* the period of an initial (Х. Мааса) does not end the phrase */
		if (dx_tok_punct(t, '.') && d->text.toks[j - 1].type == TK_WORD && (d->text.toks[j - 1].flags & TF_CAP) &&
			d->text.toks[j - 1].nchars == 1)
			continue;
		if (phrase_stop(t) || t->type == TK_QUOTE ||
			t->type == TK_DASH)
			break;
	}
	if (spokesman)
		return -2;
	/* the first noun after the words: an office, or a common noun for someone named before */
	for (j = w + 1; j < to && j < d->text.ntoks && dx_adjective_form(&d->text.toks[j]); j++)
		;
	if (j < to && j < d->text.ntoks && d->text.toks[j].type == TK_WORD && !(d->text.toks[j].flags & TF_CAP))
	{
		int			p = -1,
					types[4];

		if (dx_span_kind_at(d, j) == LK_OFFICE)
			p = office_holder(d, j, quote_tok);
		if (p < 0 && dx_tok_entries(d, j, LK_ORG_TYPE, types, 4) == 0 && !dx_verb_form(&d->text.toks[j]))
			p = antecedent(d, quote_tok, 0);
		return p;
	}
	return -1;
}

/* a speech noun in the attribution from tok, before the sentence or the attribution ends */
static int
speech_noun_in(const dx_doc *d, int tok, int to)
{
	int			k;

	for (k = tok; k < to && k < d->text.ntoks && k < tok + 8; k++)
	{
		/* a source in marks may stand between: приводит «РИА Новости» слова */
		if (d->text.toks[k].type == TK_DASH || phrase_stop(&d->text.toks[k]))
			break;
		if (dx_tok_has_cue(d, k, CUE_SPEECH_NOUN))
			return k;
	}
	return -1;
}

/*
 * Attribution after the closing mark: «...», – сказал Ильхам Алиев; a
 * headline's «...»: премьер обозначил сроки; or at the end of the sentence:
 * «...» исламистов, считает директор общества Ульрих Делиус.  Returns -2
 * when the words after the mark give the quotation to something that is no
 * person («...», – пишет газета), so that no other speaker is looked for.
 */
static int
speaker_after(const dx_doc *d, int open, int close)
{
	int			j = close + 1;
	int			n = d->text.ntoks;
	int			s1 = dx_sentence_end(d, close),
				k,
				colon = 0;

	while (j < n && (dx_tok_punct(&d->text.toks[j], ',') || dx_tok_punct(&d->text.toks[j], ':') ||
					 d->text.toks[j].type == TK_DASH))
	{
		if (dx_tok_punct(&d->text.toks[j], ':'))
			colon = 1;
		j++;
	}
	if (j == close + 1)
	{
		/* the quotation inside a sentence that ends ", считает X" */
		for (k = j; k + 1 < s1 && k < j + 12; k++)
		{
			if (d->text.toks[k].type == TK_QUOTE)
				break;
			if (dx_tok_punct(&d->text.toks[k], ',') && is_speech(d, k + 1))
				return speaker_of_verb(d, k + 1, k + 1, s1, open);
		}
		return -1;
	}
	/*
	 * "«...», – приводит слова министра газета", "– говорится в тексте
	 * выступления X": a verb that is none of saying, the words named after it
	 */
	if (j < n && said_verb(&d->text.toks[j]) && !is_speech(d, j) &&
		(k = speech_noun_in(d, j + 1, s1)) >= 0)
	{
		int			p = speaker_of_words(d, k, s1, open);

		if (p != -1)
			return p;
	}
	for (k = j; k < n && k < j + 3; k++)
	{
		/* "«...», – говорится в заявлении": the text of a document */
		if (d->text.toks[k].type == TK_WORD && !(d->text.toks[k].flags & TF_CAP) &&
			dx_verb_form(&d->text.toks[k]) && dx_reflexive_ending(d->text.toks[k].low))
			return -2;
		if (is_saying(d, k))
		{
			int			p = speaker_of_verb(d, k, j, dx_sentence_end(d, k), open),
						w;

			/* "– сказал в интервью агентству корреспондент газеты X" */
			if (p == -1 && (w = speech_noun_in(d, k + 1, s1)) >= 0)
				p = speaker_of_words(d, w, s1, open);
			return p;
		}
	}
	if (j >= n)
		return -1;
	/* «...»: премьер обозначил сроки */
	if (colon)
	{
		int			p = d->tokperson[j];

		if (p < 0 && dx_span_kind_at(d, j) == LK_OFFICE)
			p = office_holder(d, j, s1);
		for (k = j + 1; p >= 0 && k < s1 && k <= j + 4; k++)
			if (dx_verb_form(&d->text.toks[k]) || is_speech(d, k))
				return p;
		return -1;
	}
	/*
	 * Any verb right after «», –» is one of saying (подытожил премьер
	 * Шмыгаль); when it names no person («...», – пишет газета; говорится
	 * в сообщении) the quotation is nobody's.
	 */
	if (said_verb(&d->text.toks[j]))
	{
		int			p;

		/* "«...», – процитировал он заявление офиса": a document's text */
		for (k = j + 1; k < s1 && k <= j + 4 && d->text.toks[k].type != TK_PUNCT; k++)
			if (dx_tok_has_cue(d, k, CUE_SAID_DOC))
				return -2;
		p = dx_reflexive_ending(d->text.toks[j].low) ? -1 :
			speaker_of_verb(d, j, j, dx_sentence_end(d, j), open);

		return p >= 0 ? p : -2;
	}
	/*
	 * "«...» — такое заявление сделал Лавров", "«...», — с такими словами
	 * выступил X": a verb later in the attribution, its subject named after it
	 */
	/*
	 * "«...» — Томаш Горак (@handle) 12 мая", "«...» — Горак.": a name
	 * alone after the dash, the attribution of a post or a headline
	 */
	if (d->text.toks[close + 1].type == TK_DASH && j == close + 2 && d->tokperson[j] >= 0)
	{
		int			e = j;

		while (e < n && d->tokperson[e] == d->tokperson[j])
			e++;
		if (!oblique(d, e - 1) &&
			(e >= s1 || dx_tok_punct(&d->text.toks[e], '.') || dx_tok_punct(&d->text.toks[e], '(') ||
			 d->text.toks[e].type == TK_NUM))
			return d->tokperson[j];
	}
	if (d->text.toks[close + 1].type == TK_DASH || d->text.toks[j - 1].type == TK_DASH)
	{
		int			verb = 0;

		for (k = j; k < s1 && k < j + 8; k++)
		{
			const dx_tok *t = &d->text.toks[k];

			if (t->type == TK_QUOTE || phrase_stop(t))
				break;
			if (said_verb(t))
				verb = 1;
			if (d->tokperson[k] >= 0)
				return verb && !oblique(d, k) ? d->tokperson[k] : -1;
		}
	}
	return -1;
}

/*
 * A verb in the past at token k, inside a quotation ending at close, that
 * opens an attribution closed by a dash: "«Мне кажется, – продолжил Брод, –
 * что ...»".  Any verb so placed tells who speaks.
 */
static int
attribution_verb(const dx_doc *d, int k, int close)
{
	const dx_tok *t = &d->text.toks[k];
	int			e;

	if (t->type != TK_WORD || (t->flags & TF_CAP) || dx_past_gender(t->low) == 0 || t->nchars < 4)
		return 0;
	for (e = k + 1; e < close && e <= k + 8; e++)
		if (d->text.toks[e].type == TK_DASH)
			return dx_tok_punct(&d->text.toks[e - 1], ',') || dx_tok_punct(&d->text.toks[e - 1], '.');
	return 0;
}

/*
 * The piece of a quotation ending at close that the dash at token k opens
 * after a punctuation mark, up to the next dash or the closing mark (*end):
 * 1 when a verb of speech makes it an attribution («..., – продолжил Брод,
 * – ...»), 2 when a verb of citing and a noun of speech do («..., —
 * приводит его слова газета. — ...», the noun's token in *noun), 0 when it
 * is none.
 */
static int
attribution_piece(const dx_doc *d, int k, int close, int *end, int *noun)
{
	const dx_tok *toks = d->text.toks;
	int			e;

	*noun = -1;
	if (k < 1 || k + 1 >= close || toks[k].type != TK_DASH || toks[k - 1].type != TK_PUNCT)
		return 0;
	for (e = k + 2; e < close && toks[e].type != TK_DASH; e++)
		;
	*end = e;
	if (is_speech(d, k + 1) || attribution_verb(d, k + 1, close))
		return 1;
	if (said_verb(&toks[k + 1]) && (*noun = speech_noun_in(d, k + 2, e)) >= 0)
		return 2;
	return 0;
}

/*
 * The dash that closes an attribution opened by the dash at token k inside
 * a quotation ending at close: «..., – продолжил Брод, – что ...»,
 * «..., — сказала министр. — Германия ...».  -1 when the piece after k is
 * no attribution or no second dash after a comma or a full stop ends it
 * inside the marks.
 */
static int
attribution_close(const dx_doc *d, int k, int close)
{
	int			e,
				w;

	if (!attribution_piece(d, k, close, &e, &w) || e + 1 >= close ||
		!(dx_tok_punct(&d->text.toks[e - 1], ',') || dx_tok_punct(&d->text.toks[e - 1], '.')))
		return -1;
	return e;
}

/*
 * A quotation cut by its own attribution: «Эстония ... энергии, – сказала
 * министр иностранных дел. – Германия ...».  The speech verb after a dash
 * inside the marks gives the speaker.
 */
static int
speaker_inside(const dx_doc *d, int open, int close)
{
	int			k;

	for (k = open + 2; k + 1 < close; k++)
	{
		int			e,
					w,
					piece = attribution_piece(d, k, close, &e, &w);

		if (piece == 1)
			return speaker_of_verb(d, k + 1, k + 1, e, open);
		if (piece == 2)
			return speaker_of_words(d, w, e, open);
	}
	return -1;
}

/* a word before which Russian puts a comma: что, чтобы, но, который, где */
static int
takes_comma(const dx_doc *d, int j)
{
	uint64_t	g = dx_tok_gram(d, j);

	if (d->text.toks[j].type != TK_WORD || (g & GR_AND))
		return 0;
	return (g & (GR_CONJ | GR_REL | GR_WHICH | GR_BUT | GR_THAT | GR_SO_THAT)) != 0;
}

/*
 * The words said in the quotation between tokens open and close, without
 * the attributions that cut it, each piece of the source joined to the next
 * as the source spaces them:
 *   «Мы, — сказал он, — готовы»          -> Мы готовы
 *   «Мне кажется, — сказал он, — что ...» -> Мне кажется, что ...
 *   «Это так, — сказал он. — Мы ...»      -> Это так. Мы ...
 *   «Нет! — сказал он. — Мы ...»          -> Нет! Мы ...
 * The comma before the first dash stays only before a word that wants it;
 * the full stop that ends the attribution ends the first part instead.
 */
static char *
spoken_text(dx_doc *d, int open, int close)
{
	const dx_tok *toks = d->text.toks;
	const char *src = d->text.src;
	int			from = toks[open + 1].b0,
				k;
	dx_buf		b;

	dx_buf_init(&b, d->a);
	for (k = open + 2; k + 1 < close; k++)
	{
		int			e = attribution_close(d, k, close),
					cut0,
					cut1;

		if (e < 0)
			continue;
		if (dx_tok_punct(&toks[k - 1], ',') &&
			(dx_tok_punct(&toks[e - 1], '.') || !takes_comma(d, e + 1)))
			cut0 = toks[k - 1].b0;
		else
			cut0 = toks[k].b0;
		if (dx_tok_punct(&toks[e - 1], '.') && dx_tok_punct(&toks[k - 1], ','))
		{
			/* keep the full stop and the space after it: "... время. Мы" */
			dx_buf_add(&b, src + from, cut0 - from);
			from = toks[e - 1].b0;
			cut0 = toks[e].b0;
			if (cut0 == toks[e - 1].b1)
				cut1 = toks[e].b1;
			else
				cut1 = toks[e + 1].b0;
		}
		else if (cut0 == toks[k - 1].b0)
			cut1 = toks[e].b1;	/* "Мы" + " готовы" */
		else
			cut1 = toks[e + 1].b0;	/* "кажется, " + "что" */
		dx_buf_add(&b, src + from, cut0 - from);
		from = cut1;
		k = e;
	}
	dx_buf_add(&b, src + from, toks[close - 1].b1 - from);
	return dx_strdup(d->a, dx_buf_str(&b));
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
		/*
		 * "X пояснил, что «...», но «...»": a second quotation joined to the
		 * first one by a conjunction is of the same speaker
		 */
		if (d->text.toks[j].type == TK_QUOTE && open - j <= 4 && j > 0 && d->nquotes > 0 &&
			d->quotes[d->nquotes - 1].end == d->text.toks[j - 1].c1)
		{
			int			k;

			for (k = j + 1; k < open; k++)
				if (d->text.toks[k].type == TK_WORD && !(dx_tok_gram(d, k) & (GR_CONJ | GR_AND | GR_BUT | GR_ALSO)))
					break;
			if (k == open)
				return dx_entity_by_name(d, DX_PERSON, d->quotes[d->nquotes - 1].speaker);
		}
		if (d->text.toks[j].type == TK_QUOTE)
			break;
		if (is_saying(d, j))
			return speaker_of_verb(d, j, s0, open, open);
		if (dx_tok_has_cue(d, j, CUE_BY_WORDS) && j + 1 < open)
		{
			int			p = person_in(d, j + 1, open, j + 1);

			/* "По ее словам, «...»": the person of that gender last shown speaking */
			if (p < 0 && j > 0 && (dx_tok_gram(d, j - 1) & GR_POSS))
			{
				int			g = possessive_gender(d, j - 1);

				if (g != 0)
					p = antecedent_of(d, j - 1, g, NULL, 1);
			}
			/* "По словам министра, «...»": the person of that office */
			if (p < 0 && dx_span_kind_at(d, j + 1) == LK_OFFICE && d->spans[d->tokspan[j + 1]].t0 == j + 1)
				p = office_holder(d, j + 1, j);
			return p;
		}
	}
	/*
	 * "Чавушоглу уверен: «...»", a headline's "Глава МИД Турции: «...»": the
	 * subject of a short clause before the colon
	 */
	if (dx_tok_punct(&d->text.toks[open - 1], ':'))
	{
		int			c0 = open - 1;

		if (open > 1 && impersonal_text(d, open - 2, s0))
			return -2;

		while (c0 > s0 && c0 > open - 8 &&
			   (d->text.toks[c0 - 1].type == TK_WORD || d->text.toks[c0 - 1].type == TK_HYPHEN))
			c0--;
		if (c0 == s0 || d->text.toks[c0 - 1].type == TK_PUNCT || d->text.toks[c0 - 1].type == TK_DASH)
		{
			for (j = c0; j < open - 1; j++)
			{
				/* "Слова X приводит агентство: «...»" */
				if (dx_tok_has_cue(d, j, CUE_SPEECH_NOUN))
				{
					int			p = speaker_of_words(d, j, open - 1, open);

					if (p != -1)
						return p;
				}
				if (d->tokperson[j] >= 0)
					return oblique(d, j) ? -1 : d->tokperson[j];
				/* "Он писал: «...»" */
				if (j == c0 && is_pronoun(d, j))
					return antecedent_subject(d, j, tok_gender(d, j));
			}
			if (dx_span_kind_at(d, c0) == LK_OFFICE)
				return office_holder(d, c0, open);
		}
	}
	return -1;
}

static int
count_words(const dx_doc *d, int t0, int t1)
{
	int			j,
				n = 0;

	/* "российско-германским" is one word */
	for (j = t0; j < t1; j++)
		if ((d->text.toks[j].type == TK_WORD || d->text.toks[j].type == TK_NUM) &&
			!(j > t0 && d->text.toks[j - 1].type == TK_HYPHEN))
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
		if (is_speech(d, j) || dx_tok_has_cue(d, j, CUE_OPINION) || dx_tok_punct(&d->text.toks[j], ':'))
			speech = 1;
		if (d->tokname[j] >= 0 && person < 0)
			person = d->tokname[j];
	}
	return speech ? person : -1;
}

/*
 * The attribution right after a quotation that opens its sentence points
 * back at it with a demonstrative: "«...». Об этом заявил X", "«...» — эти
 * слова X облетели ...", "«...», — такими словами X завершил выступление".
 * A verb of speech there names the speaker as in any attribution, a speech
 * noun names whose words they are, another verb only by its subject.
 */
static int
speaker_pointed(const dx_doc *d, int open, int close)
{
	int			n = d->text.ntoks,
				s = close + 1,
				e,
				k,
				demo = 0;

	if (open > 0 && !(d->text.toks[open].flags & TF_NL) &&
		!(d->text.toks[open - 1].type == TK_PUNCT && d->text.toks[open - 1].sent != d->text.toks[open].sent))
		return -1;
	while (s < n && s <= close + 3 && (d->text.toks[s].type == TK_PUNCT || d->text.toks[s].type == TK_DASH))
		s++;
	if (s >= n || s == close + 1 || d->text.toks[s].type != TK_WORD)
		return -1;
	e = dx_sentence_end(d, s);
	for (k = s; k < e && k < s + 3 && d->text.toks[k].type == TK_WORD; k++)
		if (dx_morph_may_be(d->lex, d->text.toks[k].low, strlen(d->text.toks[k].low), DX_G(Apro)) == 1)
			demo = 1;
	/*
	 * "«...». Так прокомментировал X", "Так министр ... X прокомментировал":
	 * a pronominal adverb opens the sentence, no comma after it; the subject
	 * before the verb may be an office and a name
	 */
	if (d->text.toks[s].type == TK_WORD && (dx_tok_gram(d, s) & GR_ADV) && s + 1 < e &&
		d->text.toks[s + 1].type == TK_WORD)
		demo = 2;
	if (!demo)
		return -1;
	for (k = s; k < e && k < s + (demo == 2 ? 10 : 6); k++)
	{
		if (d->text.toks[k].type != TK_WORD)
			break;
		if (demo == 2 && (d->tokperson[k] >= 0 || dx_span_kind_at(d, k) == LK_OFFICE ||
						  dx_span_kind_at(d, k) == LK_COUNTRY))
			continue;
		if (is_saying(d, k))
			return named_speaker(d, k, s, e);
		if (dx_tok_has_cue(d, k, CUE_SPEECH_NOUN))
		{
			int			p = speaker_of_words(d, k, e, open);

			return p >= 0 ? p : -1;
		}
		if (said_verb(&d->text.toks[k]))
			return subject_before(d, k, s);
	}
	return -1;
}

/*
 * A quotation after a colon, in a sentence that names no one who could say
 * it (no person, no body, no document, no verb of speech), goes on with the
 * words of the speaker of the sentence before: "Он утверждает, что ... . К
 * тому же Турция делает все возможное ...: «...»".
 */
static int
speaker_of_sentence_before(const dx_doc *d, int open)
{
	int			s,
				ps,
				j;

	if (open < 2 || !dx_tok_punct(&d->text.toks[open - 1], ':'))
		return -1;
	s = dx_sentence_start(d, open);
	if (s <= 0)
		return -1;
	for (j = s; j < open - 1; j++)
		if (d->tokperson[j] >= 0 || is_saying(d, j) || dx_tok_has_cue(d, j, CUE_SAID_DOC) ||
			dx_tok_has_cue(d, j, CUE_SPEECH_NOUN) || is_pronoun(d, j) ||
			d->text.toks[j].type == TK_QUOTE || dx_span_kind_at(d, j) == LK_ORG ||
			dx_tok_entry_kind(d, j, LK_ORG_TYPE) >= 0 || dx_span_kind_at(d, j) == LK_OFFICE)
			return -1;
	ps = dx_sentence_start(d, s - 1);
	for (j = ps; j < s; j++)
		if (is_saying(d, j))
		{
			int			p = speaker_of_verb(d, j, ps, s, open);

			return p >= 0 ? p : -1;
		}
	return -1;
}

/*
 * A quotation standing alone as a paragraph, before the paragraph that says
 * who spoke: "«Логика проста ...»\n\nЗамминистра X заявила, что ...".
 */
static int
speaker_next(const dx_doc *d, int open, int close)
{
	int			n = d->text.ntoks,
				s,
				e,
				k;

	if (open > 0 && !(d->text.toks[open].flags & TF_NL))
		return -1;
	s = close + 1;
	if (s < n && d->text.toks[s].type == TK_PUNCT && !(d->text.toks[s].flags & TF_NL))
		s++;
	if (s >= n || !(d->text.toks[s].flags & TF_NL))
		return -1;
	e = dx_sentence_end(d, s);
	for (k = s; k < e; k++)
	{
		if (d->text.toks[k].type == TK_QUOTE)
			return -1;
		if (is_speech(d, k))
			return named_speaker(d, k, s, e);
	}
	return -1;
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

/* ", —" or "—" at token j: an attribution's dash follows */
static int
dash_at(const dx_doc *d, int j)
{
	int			n = d->text.ntoks;

	if (j < n && dx_tok_punct(&d->text.toks[j], ','))
		j++;
	return j < n && d->text.toks[j].type == TK_DASH;
}

/*
 * An opening « that no mark closes: the quotation ends before the
 * attribution that cuts it in the same paragraph ("«Да, можно! ... нет, —
 * написал он"), at a comma and a dash before a verb.  -1 when there is none.
 */
static int
unclosed_end(const dx_doc *d, int open)
{
	int			j,
				n = d->text.ntoks;

	for (j = open + 2; j + 2 < n && !(d->text.toks[j].flags & TF_NL); j++)
	{
		const dx_tok *v = &d->text.toks[j + 2];

		if (d->text.toks[j].type == TK_QUOTE)
			return -1;
		if (dx_tok_punct(&d->text.toks[j], ',') && d->text.toks[j + 1].type == TK_DASH &&
			v->type == TK_WORD && !(v->flags & TF_CAP) &&
			(dx_verb_form(v) || dx_finite_verb_ending(v->low) || is_speech(d, j + 2)))
			return j;
	}
	return -1;
}

/*
 * A quotation of several paragraphs: each paragraph opens with « and only
 * the last one closes it.  The « at token j starts a paragraph, the one
 * still open (at token open) was opened in an earlier paragraph, and the
 * paragraph before j ended its sentence: j goes on with that quotation and
 * opens none.
 */
static int
continues_quote(const dx_doc *d, int j, int open)
{
	const dx_tok *t = &d->text.toks[j];
	const dx_tok *prev;

	if (open < 0 || j == 0 || t->qkind != QK_OPEN || !(t->flags & TF_NL) ||
		d->text.toks[open].qkind != QK_OPEN)
		return 0;
	prev = &d->text.toks[j - 1];
	return dx_tok_punct(prev, '.') || dx_tok_punct(prev, '!') || dx_tok_punct(prev, '?') ||
		dx_tok_is(prev, "…");
}

/*
 * Pair the quotation marks in one pass with a stack: closeof[i] is the mark
 * that closes the one opening at token i, -1 elsewhere.  A closing » that
 * no mark opened, before ", —", closes a quotation from the start of its
 * sentence: closeof[] holds it at the token before that start.  An opening «
 * that no mark closes ends before its attribution (unclosed_end).
 */
static int *
pair_marks(dx_doc *d)
{
	int			n = d->text.ntoks;
	int		   *closeof = dx_alloc(d->a, sizeof(int) * (n + 1));
	int			stack[256];
	int			top = 0,
				last = -1,
				j;

	if (closeof == NULL)
		return NULL;
	for (j = 0; j < n; j++)
		closeof[j] = -1;
	for (j = 0; j < n; j++)
	{
		const dx_tok *t = &d->text.toks[j];

		if (t->type != TK_QUOTE)
			continue;
		if (continues_quote(d, j, top > 0 ? stack[top - 1] : -1))
			continue;
		/*
		 * "напомнил, что"правительство ...": a straight mark glued to the
		 * word after it opens when no straight mark is open
		 */
		if (opens(d, j) ||
			(t->qkind == QK_EITHER && (top == 0 || d->text.toks[stack[top - 1]].qkind != QK_EITHER) &&
			 j + 1 < n && d->text.toks[j + 1].type == TK_WORD && !(d->text.toks[j + 1].flags & TF_SPACE) &&
			 j > 0 && d->text.toks[j - 1].type == TK_WORD))
		{
			if (top < 256)
				stack[top++] = j;
		}
		else if (top > 0)
		{
			closeof[stack[--top]] = j;
			/*
			 * "... в формате "7/24", - добавил Схинас": one mark closes the
			 * inner and the outer quotation before the attribution's dash;
			 * before a comma that the sentence goes on after ("план",
			 * который ...) it closes the inner one only
			 */
			if (top > 0 && t->qkind == QK_EITHER &&
				d->text.toks[stack[top - 1]].qkind == QK_EITHER && dash_at(d, j + 1))
				closeof[stack[--top]] = j;
		}
		else if (t->qkind == QK_CLOSE && dash_at(d, j + 1))
		{
			/* "... Вот сейчас он налицо ...», — заявила Захарова": the « is missing */
			int			s0 = dx_sentence_start(d, j);

			if (s0 > last + 1 && s0 > 0 && s0 < j && closeof[s0 - 1] < 0 &&
				d->text.toks[s0 - 1].type != TK_QUOTE)
				closeof[s0 - 1] = j;
		}
		last = j;
	}
	while (top > 0)
	{
		int			o = stack[--top];

		if (d->text.toks[o].qkind == QK_OPEN && closeof[o] < 0)
			closeof[o] = unclosed_end(d, o);
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
	for (i = 0; i < n && !DX_POLL(d, i); i++)
	{
		int			close = closeof[i],
					sp,
					sp_inside;

		if (close < 0)
			continue;
		if (count_words(d, i + 1, close) < 4)
		{
			i = close;
			continue;
		}
		/* "законопроект «О мерах воздействия ...»": a title, nobody's speech */
		if (i > 0 && d->text.toks[i - 1].type == TK_WORD && (dx_tok_gram(d, i + 1) & GR_P_O))
		{
			i = close;
			continue;
		}
		sp = speaker_inside(d, i, close);
		sp_inside = sp >= 0;
		if (sp == -1)
			sp = speaker_after(d, i, close);
		if (sp == -1)
			sp = speaker_before(d, i);
		if (sp == -1)
			sp = speaker_carried(d, i);
		if (sp == -1)
			sp = speaker_next(d, i, close);
		if (sp == -1)
			sp = speaker_of_sentence_before(d, i);
		if (sp == -1)
			sp = speaker_pointed(d, i, close);
		if (sp >= 0)
		{
			dx_quote   *q = DX_PUSH(d->a, d->quotes, d->nquotes, d->cap_quotes);
			const dx_ent *e = &d->ents[sp];

			if (q == NULL)
				return -1;
			q->speaker = e->name;
			q->speaker_role = e->role;
			q->speaker_country = e->country;
			q->quote = sp_inside ? spoken_text(d, i, close) : dx_tokens_text(d, i + 1, close);
			q->start = d->text.toks[i + 1].c0;
			q->end = d->text.toks[close - 1].c1;
			q->sentence = d->text.toks[i + 1].sent + 1;
		}
		i = close;
	}
	return d->a->failed ? -1 : 0;
}
