/*
 * entities.c - mentions and entities: persons (lexicon and rules), offices
 * and the persons they name, states, places and organisations, and the
 * coreference of surnames and descriptors inside one story.
 */
#include "internal.h"
#include "morph.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>

/* ---------------------------------------------------------------- entities */

int
dx_new_entity(dx_doc *d, dx_kind kind, const char *name)
{
	dx_ent	   *e = DX_PUSH(d->a, d->ents, d->nents, d->cap_ents);

	if (e == NULL)
		return -1;
	e->kind = kind;
	e->name = name;
	e->first_c = -1;
	e->first_tok = -1;
	return d->nents - 1;
}

void
dx_add_alias(dx_doc *d, dx_ent *e, const char *alias)
{
	if (alias == NULL || strcmp(alias, e->name) == 0)
		return;
	dx_add_str(d, &e->aliases, &e->naliases, &e->cap_aliases, alias);
}

int
dx_entity_by_name(dx_doc *d, dx_kind kind, const char *name)
{
	int			i;

	for (i = 0; i < d->nents; i++)
		if (d->ents[i].kind == kind && strcmp(d->ents[i].name, name) == 0)
			return i;
	return -1;
}

int
dx_entity_of_country(dx_doc *d, const char *code)
{
	int			i;

	for (i = 0; i < d->nents; i++)
		if (d->ents[i].kind == DX_COUNTRY && d->ents[i].code && strcmp(d->ents[i].code, code) == 0)
			return i;
	return -1;
}

static size_t
utf8_chars(const char *s)
{
	size_t		n = 0;

	for (; *s; s++)
		n += ((unsigned char) *s & 0xC0) != 0x80;
	return n;
}

/*
 * The nominative a state's mention reports: the term the text matched
 * ("Республики Казахстан" -> "Республика Казахстан", "Англии" -> "Англия"),
 * except a stem listed for a fleeting vowel (Египт for Египта), which gives
 * the state's name.
 */
static const char *
country_normal(const lex_entry *le)
{
	size_t		nt = utf8_chars(le->term),
				nn = utf8_chars(le->name);

	if (strcmp(le->term, le->name) != 0 && !strchr(le->term, ' ') && !strchr(le->name, ' ') &&
		nn == nt + 1 && nt >= 3)
	{
		/* the same letters up to the last one of the stem: Египт, Египет */
		size_t		k = 0,
					chars = 0;

		while (le->term[k] && chars < nt - 1)
		{
			k++;
			while (((unsigned char) le->term[k] & 0xC0) == 0x80)
				k++;
			chars++;
		}
		if (strncmp(le->term, le->name, k) == 0)
			return le->name;
	}
	return le->term;
}

static int
country_entity(dx_doc *d, const lex_entry *le)
{
	int			e = dx_entity_of_country(d, le->code);

	if (e < 0)
	{
		const char *name = le->name;

		/* the canonical name of the state: its country row's name */
		e = dx_new_entity(d, DX_COUNTRY, name);
		if (e >= 0)
			d->ents[e].code = le->code;
	}
	return e;
}

int
dx_add_mention(dx_doc *d, int t0, int t1, dx_kind kind, dx_form form, const char *normal, int ent)
{
	dx_ment    *m;
	int			i;

	/* one mention per span and kind */
	for (i = d->nments - 1; i >= 0 && i >= d->nments - 8; i--)
		if (d->ments[i].t0 == t0 && d->ments[i].t1 == t1 && d->ments[i].kind == kind)
			return i;
	m = DX_PUSH(d->a, d->ments, d->nments, d->cap_ments);
	if (m == NULL)
		return -1;
	m->t0 = t0;
	m->t1 = t1;
	m->kind = kind;
	m->form = form;
	m->normal = normal;
	m->entity = ent;
	if (kind == DX_ORGANIZATION)
		for (i = t0; i < t1; i++)
			d->tokorg[i] = 1;
	if (ent >= 0)
	{
		dx_ent	   *e = &d->ents[ent];

		e->mentions++;
		if (e->first_tok < 0 || t0 < e->first_tok)
		{
			e->first_tok = t0;
			e->first_c = d->text.toks[t0].c0;
		}
		if (kind == DX_PERSON)
			for (i = t0; i < t1; i++)
			{
				d->tokperson[i] = ent;
				if (form == DX_FORM_NAME)
					d->tokname[i] = ent;
			}
	}
	return d->nments - 1;
}

/* ---------------------------------------------------------------- persons */

static int
is_cap_word(const dx_doc *d, int i)
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

/* a token that a rule may take as part of a person's name */
static int
name_free(const dx_doc *d, int i)
{
	int			k = dx_span_kind_at(d, i);

	if (!is_cap_word(d, i) || dx_function_word(d->text.toks[i].low) || d->tokquoted[i] ||
		(d->tokplace && d->tokplace[i]))
		return 0;
	/* a town may share a surname's form (Болтон, Биби): a name rule may take it */
	if (k == LK_CITY && d->spans[d->tokspan[i]].t1 == i + 1 && d->spans[d->tokspan[i]].t0 == i)
		return 1;
	return k == LK_NONE || k == LK_SURNAME;
}

/* a name in quotation marks of a few words («Блю Стрим Пайплайн») names a thing */
static void
mark_quoted_names(dx_doc *d)
{
	int			i,
				j;

	for (i = 0; i < d->text.ntoks; i++)
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
	int			j;

	for (j = 0; j < d->nents; j++)
	{
		const dx_ent *e = &d->ents[j];

		if (e->kind == DX_PERSON && e->surname && e->given && strlen(e->given) >= 6 &&
			dx_startswith(d->text.toks[tok].low, e->surname) &&
			strlen(d->text.toks[tok].low) <= strlen(e->surname) + 4 &&
			strncmp(d->text.toks[first].low, e->given, strlen(e->given) - 2) == 0)
			return 1;
	}
	return 0;
}

/* words of transliterated company names: Газ Маркетинг, Энерджи Менеджмент */
static int
company_word(const char *low)
{
	static const char *const ends[] = {
		"инг", "мент", "шн", "сервис", "трейд", "холдинг", "групп", "тек", "тех", "лайн", "пайплайн",
		"компани", "корпорейшн", "энерджи", "ойл", "газ", NULL
	};

	return dx_ends_any(low, ends);
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
static int
name_particle(const dx_doc *d, int i)
{
	static const char *const particles[] = {
		"ле", "ла", "де", "ди", "да", "дю", "дель", "делла", "дос", "ду", "ван", "фон", "дер",
		"тер", "цу", "ибн", "бен", "бин", NULL
	};
	const dx_tok *t = &d->text.toks[i];

	return i + 1 < d->text.ntoks && t->type == TK_WORD && dx_in_list(t->low, particles) &&
		(d->text.toks[i + 1].flags & TF_SPACE) && d->tokspan[i] < 0 &&
		(name_free(d, i + 1) || name_particle(d, i + 1));
}

static int
read_nameword(const dx_doc *d, int i)
{
	int			end;

	if (i < d->text.ntoks && name_particle(d, i))
		return read_nameword(d, i + 1);
	if (!name_free(d, i))
		return -1;
	end = i + 1;
	for (;;)
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

static int
given_gender(const dx_doc *d, int e)
{
	const char *c = dx_entry(d, e)->code;

	if (c && c[0] == 'f')
		return DX_FEM;
	if (c && c[0] == 'm')
		return DX_MASC;
	return 0;
}

static int
looks_patronymic(const char *low)
{
	return strstr(low, "вич") != NULL || strstr(low, "вна") != NULL || strstr(low, "вны") != NULL ||
		strstr(low, "вне") != NULL || strstr(low, "вной") != NULL || strstr(low, "ична") != NULL ||
		strstr(low, "оглы") != NULL || strstr(low, "кызы") != NULL;
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
		/* inside a hyphenated given name only the last part declines; particles never */
		if ((i + 1 < t1 && !surname) || name_particle(d, i))
			dx_buf_adds(&b, surf);
		else if (!surname && gcase == DX_UNK && gender == 0 &&
				 (dx_ends(surf, "ии") || dx_ends(surf, "ие") || dx_ends(surf, "ию") || dx_ends(surf, "ией")))
		{
			/* Асии, Асие, Асию -> Асия */
			size_t		cut = dx_ends(surf, "ией") ? 4 : 2;

			surf[strlen(surf) - cut] = '\0';
			dx_buf_adds(&b, surf);
			dx_buf_adds(&b, "я");
		}
		else
			dx_buf_adds(&b, dx_name_nominative(d->a, surf, gender, gcase, surname));
	}
	return dx_strdup(d->a, dx_buf_str(&b));
}

/* lower-case copy */
static const char *lower(dx_doc *d, const char *s);

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

	if (g < 0 || name_free(d, i + 1) || (i + 1 < d->text.ntoks && d->tokperson[i + 1] >= 0))
		return;
	gl = lower(d, dx_entry(d, g)->name);
	for (j = 0; j < d->nents; j++)
	{
		const dx_ent *e = &d->ents[j];

		if (e->kind != DX_PERSON || e->given == NULL || e->surname == NULL || strcmp(e->given, gl) != 0)
			continue;
		if (found >= 0)
			return;				/* two people of that name: unclear */
		found = j;
	}
	if (found >= 0)
		dx_add_mention(d, i, i + 1, DX_PERSON, DX_FORM_NAME, dx_entry(d, g)->name, found);
}

static const char *
lower(dx_doc *d, const char *s)
{
	int			n;

	return dx_normalize(d->a, s, strlen(s), &n);
}

/*
 * Find or make the person entity for a full or partial name.  surname is
 * the nominative surname, given the nominative given name or NULL.
 */
/* is form a case form of the consonant-final given name nom: фавада, фавадом of фавад */
static int
given_case_form(const char *form, const char *nom)
{
	static const char *const ends[] = {"а", "у", "ом", "ем", "е", "я", "ю", NULL};
	size_t		n = strlen(nom);
	int			k;

	if (n < 4 || strncmp(form, nom, n) != 0 || dx_ends(nom, "а") || dx_ends(nom, "я") ||
		dx_ends(nom, "о") || dx_ends(nom, "и") || dx_ends(nom, "е"))
		return 0;
	for (k = 0; ends[k]; k++)
		if (strcmp(form + n, ends[k]) == 0)
			return 1;
	return 0;
}

static int
person_entity(dx_doc *d, const char *full, const char *surname, const char *given, int gender)
{
	const char *sl = lower(d, surname);
	const char *gl = given ? lower(d, given) : NULL;
	int			i;

	for (i = 0; i < d->nents; i++)
	{
		dx_ent	   *e = &d->ents[i];

		if (e->kind != DX_PERSON || e->surname == NULL)
			continue;
		if (strcmp(e->surname, sl) != 0)
			continue;
		if (gl && e->given && strcmp(gl, e->given) != 0 &&
			!(strlen(gl) <= 3 && dx_startswith(e->given, gl)) &&
			!(strlen(e->given) <= 3 && dx_startswith(gl, e->given)) &&
			!given_case_form(gl, e->given) && !given_case_form(e->given, gl))
			continue;
		/* an unknown given name met in an oblique case first: Фавада, then Фавад */
		if (gl && e->given && given_case_form(e->given, gl))
		{
			e->given = gl;
			dx_add_alias(d, e, e->name);
			e->name = full;
		}
		/* the fuller name wins */
		else if (gl && (e->given == NULL || (strlen(e->given) < strlen(gl) && !given_case_form(gl, e->given))))
		{
			e->given = gl;
			dx_add_alias(d, e, e->name);
			e->name = full;
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
	}
	return i;
}

/*
 * Among the lexicon rows of one person (one row per office held), the one in
 * office on the article's date; without a date, the office held now (open),
 * else the latest.  The rows of a term are chained at load time.
 */
static int
lexicon_person_by_date(const dx_doc *d, int e0)
{
	int			i,
				best = e0;
	int			date = d->published;
	int			first = d->lex->entries[e0].first_same;

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
		if ((o->valid_from == 0 || o->valid_from <= date) && (o->valid_to == 0 || date <= o->valid_to))
			return i;
	}
	return best;
}

/* a lexicon person matched in the text: [t0, t1) */
static int
lexicon_person(dx_doc *d, int t0, int t1, int entry)
{
	const lex_entry *le = dx_entry(d, lexicon_person_by_date(d, entry));
	const char *full = le->name;
	const char *sp = strrchr(full, ' ');
	const char *surname = sp ? sp + 1 : full;
	char	   *given = sp ? dx_strndup(d->a, full, sp - full) : NULL;
	int			ent = person_entity(d, full, surname, given, DX_MASC);

	if (ent >= 0)
	{
		dx_ent	   *e = &d->ents[ent];

		if (e->country == NULL)
			e->country = le->country;
		if (e->role == NULL && le->role)
		{
			e->role = le->role;
			e->role_class = le->role_class;
		}
		dx_add_mention(d, t0, t1, DX_PERSON, DX_FORM_NAME, le->kind == LK_SURNAME ? surname : full, ent);
	}
	return ent;
}

/* words in adjectival endings are not given names: Международного, Объединённый */
static int
adjective_like(const char *low)
{
	static const char *const ends[] = {
		"ого", "его", "ому", "ему", "ыми", "ими", "ый", "ое", "ее", "ые", "ие", "ых", "ую", "юю",
		"ая", "яя", "ой", "ским", "цким", "ным", "ном", "ской", NULL
	};
	int			i;

	if (dx_ends(low, "ский") || dx_ends(low, "цкий") || dx_ends(low, "ская"))
		return 0;				/* surnames of adjectival form */
	for (i = 0; ends[i]; i++)
		if (dx_ends(low, ends[i]) && strlen(low) > strlen(ends[i]) + 4)
			return 1;
	return 0;
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
	if (dx_ends(w, "овым") || dx_ends(w, "евым") || dx_ends(w, "иным") || dx_ends(w, "ыным"))
		return DX_INS;
	if (dx_ends(w, "ову") || dx_ends(w, "еву") || dx_ends(w, "ину"))
		return DX_DAT;
	if (dx_ends(w, "ове") || dx_ends(w, "еве") || dx_ends(w, "ине"))
		return DX_PREP;
	if (dx_ends(w, "ского") || dx_ends(w, "цкого"))
		return DX_GEN;
	return DX_UNK;
}

/*
 * The given-name entry for the name word at [i, end): "Валерия" is a woman's
 * name and the genitive of Валерий; the surname that follows decides.
 */
static int
choose_given(const dx_doc *d, int i, int end)
{
	int			cand[8];
	int			n = dx_tok_entries(d, i, LK_GIVEN, cand, 8);
	int			k,
				exact = -1,
				oblique_m = -1;
	const char *sur;

	if (n == 0 || end - i != 1)
		return n ? cand[0] : -1;
	for (k = 0; k < n; k++)
	{
		const char *lemma = d->lex->words[dx_entry(d, cand[k])->w0].low;

		if (strcmp(lemma, d->text.toks[i].low) == 0)
			exact = cand[k];
		else if (given_gender(d, cand[k]) == DX_MASC && oblique_m < 0)
			oblique_m = cand[k];
	}
	if (exact < 0)
		return cand[0];
	if (oblique_m < 0 || given_gender(d, exact) != DX_FEM)
		return exact;
	/* a woman's name in the nominative, or a man's in an oblique case? */
	if (end >= d->text.ntoks || !is_cap_word(d, end))
		return exact;
	sur = d->text.toks[end].low;
	if ((dx_ends(sur, "а") || dx_ends(sur, "у") || dx_ends(sur, "ым") || dx_ends(sur, "ом")) &&
		!dx_ends(sur, "ова") && !dx_ends(sur, "ева") && !dx_ends(sur, "ина") && !dx_ends(sur, "ына") &&
		!dx_ends(sur, "ая") && !dx_ends(sur, "ёва"))
		return oblique_m;
	if (dx_ends(sur, "ова") || dx_ends(sur, "ева") || dx_ends(sur, "ина"))
	{
		/* Валерия Токарева: both read; a man's genitive is the commoner in news */
		int			c = dx_case_of(d->text.toks[i].low, d->lex->words[dx_entry(d, oblique_m)->w0].low);

		if (c == DX_GEN)
			return oblique_m;
	}
	return exact;
}

/*
 * A person named by rule starting at token i: [given [patronymic|given]] surname,
 * or initials + surname.  gcase: case seen on a preceding office word.
 * Returns the token after the name or -1.
 */
static int
rule_person(dx_doc *d, int i, int gcase, int after_office, int *ent_out)
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
	const dx_tok *toks = d->text.toks;

	*ent_out = -1;
	/* "директор Wintershall": a Latin word after an office names the body */
	if (after_office && (toks[i].flags & TF_LAT) && !(toks[i].flags & TF_CYR))
		return -1;
	/* "институт имени Н. Ф. Гамалеи", "НИЦЭМ им. Гамалеи": part of an institution's name */
	{
		int			k = i;

		while (k >= 2 && dx_tok_punct(&toks[k - 1], '.') && toks[k - 2].type == TK_WORD &&
			   toks[k - 2].nchars == 1 && (toks[k - 2].flags & TF_CAP))
			k -= 2;
		if (k > 0 && dx_tok_is(&toks[k - 1], "имени"))
			return -1;
		if (k > 1 && dx_tok_punct(&toks[k - 1], '.') && dx_tok_is(&toks[k - 2], "им"))
			return -1;
	}
	/* initials: С. Лавров, С.В. Лавров */
	if (i + 2 < d->text.ntoks && toks[i].type == TK_WORD && toks[i].nchars == 1 &&
		(toks[i].flags & TF_CAP) && dx_tok_punct(&toks[i + 1], '.'))
	{
		int			j = i + 2;
		char	   *init;

		if (j + 1 < d->text.ntoks && toks[j].type == TK_WORD && toks[j].nchars == 1 &&
			(toks[j].flags & TF_CAP) && dx_tok_punct(&toks[j + 1], '.'))
			j += 2;
		s_end = read_nameword(d, j);
		if (s_end < 0 || s_end - j > 3)
			return -1;
		init = dx_tokens_text(d, i, j);
		surname = nameword_nominative(d, j, s_end, 0, gcase, 1);
		dx_buf_init(&b, d->a);
		dx_buf_adds(&b, init);
		if (toks[j].flags & TF_SPACE)
			dx_buf_addc(&b, ' ');
		dx_buf_adds(&b, surname);
		full = dx_strdup(d->a, dx_buf_str(&b));
		ent = person_entity(d, full, surname, NULL, 0);
		if (ent >= 0)
			dx_add_mention(d, t0, s_end, DX_PERSON, DX_FORM_NAME, full, ent);
		*ent_out = ent;
		return s_end;
	}

	g_end = read_nameword(d, i);
	if (g_end < 0)
		return -1;
	ge = choose_given(d, i, g_end);
	if (ge >= 0)
	{
		gender = given_gender(d, ge);
		if (gcase == DX_UNK)
			gcase = dx_case_of(toks[i].low, lower(d, dx_entry(d, ge)->term));
	}
	else if (!after_office)
	{
		/* an unknown first word: a name only before another name word */
		int			e2 = read_nameword(d, g_end);
		int			initial = (toks[i].flags & TF_NL) || i == dx_sentence_start(d, i) ||
			(i > 0 && toks[i - 1].type == TK_QUOTE);

		/* at the start of a sentence any word is capitalised: Вчера Токаев ... */
		if (e2 < 0 || e2 - g_end != 1 || !(toks[i].flags & TF_CYR) || !(toks[g_end].flags & TF_CYR) ||
			company_word(toks[i].low) || company_word(toks[g_end].low) ||
			(i > 0 && (dx_tok_is(&toks[i - 1], "в") || dx_tok_is(&toks[i - 1], "во") ||
					   dx_tok_is(&toks[i - 1], "на") || dx_tok_is(&toks[i - 1], "из"))) ||
			(toks[g_end].flags & TF_NL) || adjective_like(toks[i].low) ||
			adjective_like(toks[g_end].low) || (initial && !known_person_at(d, i, g_end)) ||
			dx_tok_entry_kind(d, g_end, LK_GIVEN) >= 0)
			return -1;
	}
	if (gcase == DX_UNK && g_end < d->text.ntoks)
		gcase = case_from_surname(d, g_end);
	s0 = g_end;
	s_end = read_nameword(d, s0);
	/* a second given name or a patronymic */
	if (s_end > 0 && s_end - s0 == 1 && (looks_patronymic(toks[s0].low) ||
										 dx_tok_entry_kind(d, s0, LK_GIVEN) >= 0))
	{
		int			s2 = read_nameword(d, s_end);

		if (s2 > 0)
		{
			s0 = s_end;
			s_end = s2;
		}
	}
	if (s_end < 0)
	{
		/* a given name alone after a title: патриарх Кирилл, пророк Мухаммед, король Карл */
		if (after_office && ge >= 0 && g_end - i == 1 && (toks[i].flags & TF_CYR))
		{
			const char *given_nom = dx_entry(d, ge)->name;

			ent = dx_entity_by_name(d, DX_PERSON, given_nom);
			if (ent < 0)
				ent = person_entity(d, given_nom, lower(d, given_nom), NULL, gender);
			if (ent >= 0)
				dx_add_mention(d, i, g_end, DX_PERSON, DX_FORM_NAME, given_nom, ent);
			*ent_out = ent;
			return g_end;
		}
		/* a single word after an office is a surname: президент Франции Макрон */
		if (after_office && ge < 0 && g_end - i == 1 && (toks[i].flags & TF_CYR) &&
			!adjective_like(toks[i].low) && !org_type_word(d, i) &&
			!(gcase == DX_NOM && (dx_ends(toks[i].low, "ы") || dx_ends(toks[i].low, "ии"))))
		{
			surname = nameword_nominative(d, i, g_end, 0, gcase, 1);
			ent = person_entity(d, surname, surname, NULL, 0);
			if (ent >= 0)
				dx_add_mention(d, i, g_end, DX_PERSON, DX_FORM_NAME, surname, ent);
			*ent_out = ent;
			return g_end;
		}
		return -1;
	}
	if (s_end - s0 > 3)
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
		while (all_short && s_end - i < 4 && s_end < d->text.ntoks && toks[s_end].nchars <= 4 &&
			   (toks[s_end].flags & TF_SPACE) && (toks[s_end].flags & TF_CYR) &&
			   name_free(d, s_end) && read_nameword(d, s_end) == s_end + 1)
			s_end++;
	}
	/* "Brexit Дэвид Дэвис": a name is written in one script */
	if ((toks[i].flags & TF_CYR) != (toks[s0].flags & TF_CYR))
		return -1;
	if (ge >= 0 && g_end - i == 1)
		given = dx_entry(d, ge)->name;	/* the nominative, also for a stem row (Павл) */
	else
		given = nameword_nominative(d, i, g_end, gender, gcase, 0);
	dx_buf_init(&b, d->a);
	dx_buf_adds(&b, given);
	if (s0 > g_end)
	{
		dx_buf_addc(&b, ' ');
		dx_buf_adds(&b, nameword_nominative(d, g_end, s0, gender, gcase, 0));
	}
	if (s_end - s0 == 1 && dx_span_kind_at(d, s0) == LK_SURNAME)
	{
		/* a surname the lexicon knows keeps its own nominative (Нетаньяху) */
		const char *nm = dx_entry(d, d->spans[d->tokspan[s0]].entry)->name;
		const char *sp = strrchr(nm, ' ');

		surname = sp ? sp + 1 : nm;
	}
	else
		surname = nameword_nominative(d, s0, s_end, gender, gcase, 1);
	dx_buf_addc(&b, ' ');
	dx_buf_adds(&b, surname);
	full = dx_strdup(d->a, dx_buf_str(&b));
	ent = person_entity(d, full, surname, given, gender);
	if (ent >= 0)
		dx_add_mention(d, t0, s_end, DX_PERSON, DX_FORM_NAME, full, ent);
	*ent_out = ent;
	return s_end;
}

/* ---------------------------------------------------------------- places */

/*
 * Nouns that introduce a place's own name, with their stem, the ending of
 * their nominative and their gender: the name after them is a place
 * ("в устье реки Славянки", "в деревне Иттан Уали", "города Феникс").
 */
static const struct
{
	const char *stem;
	const char *nom_end;		/* ending of the generic noun's nominative */
	const char *name_end;		/* ending an agreeing name takes in the nominative */
}			GEO_NOUNS[] = {
	{"рек", "а", "а"}, {"озер", "о", "о"}, {"город", "", ""}, {"деревн", "я", "а"},
	{"сел", "о", "о"}, {"посёлк", "", ""}, {"поселк", "", ""}, {"посёлок", "", ""},
	{"поселок", "", ""}, {"станиц", "а", "а"}, {"район", "", ""}, {"провинци", "я", "а"},
	{"штат", "", ""}, {"остров", "", ""}, {"полуостров", "", ""}, {"мыс", "", ""},
	{"залив", "", ""}, {"пролив", "", ""}, {"округ", "", ""}, {"аэропорт", "", ""},
	{"курорт", "", ""}, {NULL, NULL, NULL}
};

static void
generic_places(dx_doc *d)
{
	static const char *const case_ends[] = {"", "а", "у", "ом", "е", "и", "ю", "ой", "ей", "ы", "я", NULL};
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks;
	int			i;

	for (i = 0; i + 1 < n; i++)
	{
		const dx_tok *t = &toks[i];
		int			g,
					k,
					j,
					end,
					ent;
		const char *ending = NULL;
		const char *name;

		if (t->type != TK_WORD || ((t->flags & TF_CAP) && !(t->flags & TF_FIRST)))
			continue;
		for (g = 0; GEO_NOUNS[g].stem; g++)
			if (dx_startswith(t->low, GEO_NOUNS[g].stem))
			{
				for (k = 0; case_ends[k]; k++)
					if (strlen(t->low) == strlen(GEO_NOUNS[g].stem) + strlen(case_ends[k]) &&
						strcmp(t->low + strlen(GEO_NOUNS[g].stem), case_ends[k]) == 0)
						ending = case_ends[k];
				if (ending)
					break;
			}
		if (!ending)
			continue;
		/* the name: up to three capitalised words the lexicon does not know */
		j = i + 1;
		end = j;
		while (end < n && end - j < 3 && is_cap_word(d, end) && (toks[end].flags & TF_CYR) &&
			   dx_span_kind_at(d, end) == LK_NONE && d->tokperson[end] < 0 && !d->tokquoted[end] &&
			   !dx_function_word(toks[end].low))
		{
			end++;
			while (end + 1 < n && toks[end].type == TK_HYPHEN && !(toks[end + 1].flags & TF_SPACE) &&
				   toks[end + 1].type == TK_WORD)
				end += 2;
		}
		if (end == j)
			continue;
		name = dx_tokens_text(d, j, end);
		/* a name that agrees with its noun: реки Славянки -> Славянка */
		if (end == j + 1 && *ending && strcmp(ending, GEO_NOUNS[g].nom_end) != 0 &&
			dx_ends(toks[j].low, ending) && strlen(name) > strlen(ending) + 2)
		{
			dx_buf		b;

			dx_buf_init(&b, d->a);
			dx_buf_adds(&b, dx_strndup(d->a, name, strlen(name) - strlen(ending)));
			dx_buf_adds(&b, GEO_NOUNS[g].name_end);
			name = dx_buf_str(&b);
		}
		ent = dx_entity_by_name(d, DX_LOCATION, name);
		if (ent < 0)
			ent = dx_new_entity(d, DX_LOCATION, name);
		dx_add_mention(d, j, end, DX_LOCATION, DX_FORM_NAME, name, ent);
		for (k = j; k < end; k++)
			d->tokplace[k] = 1;
		i = end - 1;
	}
}

/*
 * A one-word place whose form here is another word: "Северном потоке",
 * "Балтийском колледже" (an adjective before its noun), "Думаю, что" (a verb
 * opening a sentence).
 */
static int
not_a_place(const dx_doc *d, const dx_span *s, const lex_entry *le)
{
	const dx_tok *toks = d->text.toks;
	const dx_tok *t = &toks[s->t0];
	int			n = d->text.ntoks;

	if (s->t1 != s->t0 + 1 || le->nw != 1 || strcmp(t->low, d->lex->words[le->w0].low) == 0)
		return 0;
	if (dx_adjective_form(t) && s->t1 < n && toks[s->t1].type == TK_WORD &&
		!(toks[s->t1].flags & TF_CAP) && !dx_function_word(toks[s->t1].low))
		return 1;
	if ((t->flags & TF_FIRST) && s->t1 < n && dx_tok_punct(&toks[s->t1], ','))
		return 1;
	return 0;
}

/*
 * "Азии Биби": a place word before the surname of a person of the story is
 * that person's given name, spelt another way.  Adds the person's mention.
 */
static int
place_before_surname(dx_doc *d, const dx_span *s)
{
	const dx_tok *toks = d->text.toks;
	int			j = s->t1,
				k;

	if (s->t1 != s->t0 + 1 || j >= d->text.ntoks || !is_cap_word(d, j) || !(toks[j].flags & TF_SPACE))
		return 0;
	for (k = 0; k < d->nents; k++)
	{
		const dx_ent *e = &d->ents[k];

		if (e->kind == DX_PERSON && e->surname && e->given && strcmp(toks[j].low, e->surname) == 0)
		{
			dx_add_mention(d, s->t0, j + 1, DX_PERSON, DX_FORM_NAME, e->name, k);
			return 1;
		}
	}
	/*
	 * No such person yet: the word after is a surname when the story uses
	 * it alone too (Биби ... Биби), away from this place; the search is
	 * bounded so that long texts stay linear.
	 */
	if (dx_span_kind_at(d, j) == LK_NONE && !(toks[j].flags & TF_ALLCAPS) && (toks[j].flags & TF_CYR) &&
		(j + 1 >= d->text.ntoks || !is_cap_word(d, j + 1)))
	{
		int			uses = 0,
					lo = s->t0 - 2000 > 0 ? s->t0 - 2000 : 0,
					hi = j + 2000 < d->text.ntoks ? j + 2000 : d->text.ntoks;

		for (k = lo; k < hi && uses < 2; k++)
			if (k != j && strcmp(toks[k].low, toks[j].low) == 0 && (toks[k].flags & TF_CAP) &&
				!(toks[k].flags & TF_FIRST) && (k == 0 || dx_span_kind_at(d, k - 1) == LK_NONE))
				uses++;
		if (uses >= 2)
		{
			const lex_entry *le = dx_entry(d, s->entry);
			dx_buf		b;
			const char *full;
			int			ent;

			dx_buf_init(&b, d->a);
			dx_buf_adds(&b, le->term);
			dx_buf_addc(&b, ' ');
			dx_buf_adds(&b, dx_tokens_text(d, j, j + 1));
			full = dx_buf_str(&b);
			ent = person_entity(d, full, dx_tokens_text(d, j, j + 1), le->term,
								dx_ends(le->term, "а") || dx_ends(le->term, "я") ? DX_FEM : DX_MASC);
			if (ent >= 0)
				dx_add_mention(d, s->t0, j + 1, DX_PERSON, DX_FORM_NAME, full, ent);
			return 1;
		}
	}
	return 0;
}

/*
 * A state's or place's name that is part of another name: a web domain
 * (".РФ"), a compound (Кин-Топ), a company's name, or a thing's name in
 * quotation marks after its noun (шаттл «Колумбия»).
 */
static int
inside_other_name(const dx_doc *d, const dx_span *s, int compound)
{
	const dx_tok *toks = d->text.toks;
	int			n = d->text.ntoks;

	if (s->t0 > 0 && dx_tok_punct(&toks[s->t0 - 1], '.') && !(toks[s->t0].flags & TF_SPACE))
		return 1;
	/* "Холдинг Швейцария АГ": among capitalised words the lexicon does not know */
	if ((s->t0 > 0 && s->t1 < n && toks[s->t0 - 1].type == TK_WORD && (toks[s->t0 - 1].flags & TF_CAP) &&
		 !(toks[s->t0 - 1].flags & TF_FIRST) && dx_span_kind_at(d, s->t0 - 1) == LK_NONE &&
		 d->tokperson[s->t0 - 1] < 0 && toks[s->t1].type == TK_WORD && (toks[s->t1].flags & TF_CAP) &&
		 dx_span_kind_at(d, s->t1) == LK_NONE && d->tokperson[s->t1] < 0 && (toks[s->t1].flags & TF_SPACE)))
		return 1;
	if (compound && s->t1 + 1 < n && toks[s->t1].type == TK_HYPHEN && !(toks[s->t1].flags & TF_SPACE) &&
		!(toks[s->t1 + 1].flags & TF_SPACE) && toks[s->t1 + 1].type == TK_WORD)
		return 1;
	/* "полёта «Колумбии»", "газета «Россия»": quoted after the noun of a thing */
	if (s->t0 > 1 && toks[s->t0 - 1].type == TK_QUOTE && toks[s->t0 - 1].qkind != QK_CLOSE &&
		s->t1 < n && toks[s->t1].type == TK_QUOTE && toks[s->t1].qkind != QK_OPEN &&
		toks[s->t0 - 2].type == TK_WORD &&
		(!(toks[s->t0 - 2].flags & TF_CAP) || (toks[s->t0 - 2].flags & TF_FIRST)))
		return 1;
	return 0;
}

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

static int
office_plural(const dx_doc *d, const dx_span *s)
{
	const lex_entry *e = dx_entry(d, s->entry);
	const char *head = d->lex->words[e->w0].low;
	const char *form = d->text.toks[s->t0].low;
	const char *last = d->lex->words[e->w0 + e->nw - 1].low;
	const char *lastform = d->text.toks[s->t1 - 1].low;

	if (e->nw >= 2 && (dx_ends(last, "а") || dx_ends(last, "ы")) &&
		strlen(lastform) + 2 == strlen(last) && strncmp(lastform, last, strlen(lastform)) == 0)
		return 1;				/* главы государств */
	if (strcmp(form, head) != 0 && !dx_ends(head, "а") && !dx_ends(head, "я") &&
		(dx_ends(form, "ы") || dx_ends(form, "и") || dx_ends(form, "ов") || dx_ends(form, "ам") ||
		 dx_ends(form, "ами")))
		return 1;				/* президенты, министров */
	return 0;
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
rank_word(const dx_tok *t)
{
	static const char *const ranks[] = {
		"генерал", "генерала", "генералом", "полковник", "полковника", "полковником",
		"подполковник", "подполковника", "майор", "майора", "капитан", "капитана",
		"лейтенант", "лейтенанта", "адмирал", "адмирала", "маршал", "маршала", "вице-адмирал",
		"контр-адмирал", "сержант", "сержанта", NULL
	};

	return t->type == TK_WORD && dx_in_list(t->low, ranks);
}

/* a word that may be a noun or adjective in the genitive: "продовольствия", "сельскохозяйственного" */
static int
genitive_like(const dx_tok *t)
{
	static const char *const ends[] = {"а", "я", "ы", "и", "ого", "его", "ой", "ей", "ых", "их", "ов", "ев", NULL};

	return dx_ends_any(t->low, ends);
}

/*
 * A verb in the present or past that dx_verb_form leaves to context
 * ("благодарит", "говорит", "сказал") ends the words of an office, which are
 * nouns in the genitive.
 */
static int
verb_like(const dx_tok *t)
{
	static const char *const verb_ends[] = {"ит", "ят", "ют", "ет", "ал", "ел", "ул", "ял", NULL};

	return t->type == TK_WORD && !(t->flags & TF_CAP) && t->nchars >= 5 && dx_ends_any(t->low, verb_ends);
}

/* "назначен", "избрана": a short participle ends the words before a name */
static int
short_participle(const dx_tok *t)
{
	return t->nchars >= 6 && (dx_ends(t->low, "ен") || dx_ends(t->low, "ена") ||
							  dx_ends(t->low, "ан") || dx_ends(t->low, "ана") ||
							  dx_ends(t->low, "ран") || dx_ends(t->low, "рана"));
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
	if (k == j && k < t1 && toks[k].type == TK_WORD && (toks[k].flags & TF_ALLCAPS))
		k++;
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
	int			generic = strcmp(oe->name, "глава") == 0 || strcmp(oe->name, "руководитель") == 0;

	dx_buf_init(&b, d->a);
	while (j < c1)
	{
		int			e = named_body_end(d, j, c1);

		/* the state and an abbreviation in brackets go */
		if ((dx_span_kind_at(d, j) == LK_COUNTRY_ADJ && d->spans[d->tokspan[j]].t1 < c1 &&
			 !dx_tok_is(&toks[d->spans[d->tokspan[j]].t1], "и")) || dx_tok_punct(&toks[j], '('))
		{
			int			q = dx_span_kind_at(d, j) == LK_COUNTRY_ADJ ? d->spans[d->tokspan[j]].t1 : j + 1;

			while (dx_tok_punct(&toks[j], '(') && q < c1 && !dx_tok_punct(&toks[q], ')'))
				q++;
			if (dx_tok_punct(&toks[j], '(') && q < c1)
				q++;
			if (j > kept)
			{
				if (b.len)
					dx_buf_addc(&b, ' ');
				dx_buf_adds(&b, dx_tokens_text(d, kept, j));
			}
			kept = j = q;
			if (seg < kept)
				seg = kept;
			continue;
		}
		if (dx_tok_is(&toks[j], "по"))
			seg = j;
		if (e > j && !generic && !(j >= c0 + 2 && dx_tok_is(&toks[j - 2], "по")))
		{
			/* drop the body with the words that describe it */
			if (seg > kept)
			{
				if (b.len)
					dx_buf_addc(&b, ' ');
				dx_buf_adds(&b, dx_tokens_text(d, kept, seg));
			}
			kept = seg = j = e;
			continue;
		}
		j = e > j ? e : j + 1;
	}
	if (c1 > kept)
	{
		if (b.len)
			dx_buf_addc(&b, ' ');
		dx_buf_adds(&b, dx_tokens_text(d, kept, c1));
	}
	return dx_buf_str(&b);
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
		if (kk == LK_COUNTRY && last > j0)
		{
			*country = dx_entry(d, d->spans[d->tokspan[j]].entry)->code;
			*cend = d->spans[d->tokspan[j]].t1;
			break;
		}
		/* "глава палестинской делегации": the state, inside the office's words */
		if (kk == LK_COUNTRY_ADJ && d->spans[d->tokspan[j]].t1 < n &&
			toks[d->spans[d->tokspan[j]].t1].type == TK_WORD &&
			!(toks[d->spans[d->tokspan[j]].t1].flags & TF_CAP))
		{
			if (*country == NULL)
				*country = dx_entry(d, d->spans[d->tokspan[j]].entry)->code;
			j = d->spans[d->tokspan[j]].t1;
			last = j;
			continue;
		}
		/* an abbreviation in brackets: "(ОФДД)" */
		if (dx_tok_punct(t, '(') && last > j0)
		{
			int			q = j + 1;

			while (q < n && q <= j + 3 && !dx_tok_punct(&toks[q], ')'))
				q++;
			if (q < n && q <= j + 3 && q > j + 1)
			{
				j = last = q + 1;
				continue;
			}
			break;
		}
		/* "делегации на переговорах", "группы по переговорам" */
		if (kk == LK_EVENT && j > j0 && !(t->flags & TF_CAP) &&
			(dx_tok_is(&toks[j - 1], "на") || dx_tok_is(&toks[j - 1], "по")))
		{
			j = d->spans[d->tokspan[j]].t1;
			last = j;
			words++;
			continue;
		}
		/* an office in the genitive plural: "секретариата кабинета министров" */
		if (kk == LK_OFFICE && t->type == TK_WORD && !(t->flags & TF_CAP) && last > j0 &&
			(dx_ends(t->low, "ей") || dx_ends(t->low, "ов") || dx_ends(t->low, "ев")))
			kk = LK_NONE;
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
		if (rank_word(t))
			break;
		/* "по вопросам Brexit", "по делам Брекзита", "Восточного комитета": a name inside the office */
		if (t->type == TK_WORD && (t->flags & TF_CAP) && kk == LK_NONE &&
			((j >= j0 + 2 && dx_tok_is(&toks[j - 2], "по") &&
			  (dx_tok_is(&toks[j - 1], "вопросам") || dx_tok_is(&toks[j - 1], "делам")) &&
			  !(j + 1 < n && is_cap_word(d, j + 1) && !is_cap_word(d, j + 2))) ||
			 ((t->flags & TF_LAT) && !(t->flags & TF_CYR) &&
			  (j == j0 || !(toks[j - 1].flags & TF_CAP) || (toks[j - 1].flags & TF_LAT))) ||
			 (dx_adjective_form(t) && j + 1 < n && !(toks[j + 1].flags & TF_CAP) &&
			  toks[j + 1].type == TK_WORD) ||
			 /* a body's name in the genitive: "Центра британских исследований", "Совета федерации" */
			 (genitive_like(t) && j + 1 < n && toks[j + 1].type == TK_WORD &&
			  !(toks[j + 1].flags & TF_CAP) && !dx_verb_code(d, j + 1) && !dx_verb_form(&toks[j + 1]) &&
			  !short_participle(&toks[j + 1]) &&
			  (dx_tok_is(&toks[j + 1], "по") || !dx_function_word(toks[j + 1].low)))))
		{
			j++;
			last = j;
			words++;
			continue;
		}
		/* a list of what the office covers: "информации и телерадиовещания" */
		if ((dx_tok_is(t, "и") || dx_tok_punct(t, ',')) && (last > j0 || listed) && j + 1 < n &&
			toks[j + 1].type == TK_WORD && !(toks[j + 1].flags & TF_CAP) && genitive_like(&toks[j + 1]) &&
			dx_span_kind_at(d, j + 1) == LK_NONE && !dx_function_word(toks[j + 1].low) &&
			!dx_verb_code(d, j + 1) && !dx_verb_form(&toks[j + 1]))
		{
			j++;
			continue;
		}
		if (t->type != TK_WORD || (t->flags & TF_CAP) || kk != LK_NONE || dx_verb_code(d, j) ||
			dx_verb_form(t) || short_participle(t) || verb_like(t) || dx_tok_is(t, "и") || dx_tok_is(t, "в") ||
			dx_tok_is(t, "с") ||
			/* "делегации на переговорах", not "на встрече" right after the office */
			(dx_tok_is(t, "на") && ((last == j0 && !listed) || j + 1 >= n || (toks[j + 1].flags & TF_CAP))))
			break;
		j++;
		words++;
		if (!(t->nchars <= 2))
			last = j;
	}
	return last;
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
				skip_from;

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
	/* after the state: "заместитель министра иностранных дел Украины по вопросам европейской интеграции" */
	if (*end > s->t1 && *end < n && c1 == s->t1 && dx_tok_is(&toks[*end], "по"))
	{
		const char *c = NULL;
		int			cend = -1;
		int			e2 = office_complement(d, *end, 0, &c, &cend);

		if (c == NULL && e2 > *end + 1 && e2 < n && (toks[e2].flags & TF_CAP))
		{
			c0 = *end;
			c1 = e2;
			*end = e2;
		}
	}
	/* "министр иностранных дел Литвы" may be followed by an organisation too */
	if (*end < n && dx_span_kind_at(d, *end) == LK_ORG && d->spans[d->tokspan[*end]].t0 == *end)
	{
		if (*country == NULL && c1 == *end)
			c1 = d->spans[d->tokspan[*end]].t1;
		*end = d->spans[d->tokspan[*end]].t1;
	}
	/* the post: "посол Японии в России", "постоянный представитель при ООН" */
	if (*country && *end + 1 < n && (dx_tok_is(&toks[*end], "в") || dx_tok_is(&toks[*end], "во") ||
									 dx_tok_is(&toks[*end], "при")) &&
		d->tokspan[*end + 1] >= 0)
	{
		const dx_span *p = &d->spans[d->tokspan[*end + 1]];

		if (p->t0 == *end + 1 && (p->kind == LK_COUNTRY || p->kind == LK_CAPITAL || p->kind == LK_CITY ||
								  p->kind == LK_ORG) &&
			p->t1 < n && (toks[p->t1].flags & TF_CAP))
			*end = p->t1;
	}
	/*
	 * "мэр Москвы Сергей Собянин", "губернатор Приморья Сергей Дарькин",
	 * "патриарх Московский и всея Руси Кирилл": a place, or a capitalised
	 * word that is no given name, before a given name belongs to the office.
	 * Like the state, it is no part of the role, unless it ends the office's
	 * own words (всея Руси).
	 */
	skip_from = *end;
	if (!after_name && *end + 1 < n && d->tokperson[*end] < 0 &&
		dx_tok_entry_kind(d, *end + 1, LK_GIVEN) >= 0 && dx_tok_entry_kind(d, *end, LK_GIVEN) < 0 &&
		d->tokspan[*end] >= 0 && d->spans[d->tokspan[*end]].t0 == *end &&
		(d->spans[d->tokspan[*end]].kind == LK_CITY || d->spans[d->tokspan[*end]].kind == LK_CAPITAL ||
		 d->spans[d->tokspan[*end]].kind == LK_REGION) &&
		d->spans[d->tokspan[*end]].t1 == *end + 1)
		*end += 1;
	else if (!after_name && *end + 1 < n && d->tokperson[*end] < 0 && is_cap_word(d, *end) &&
			 dx_span_kind_at(d, *end) == LK_NONE && dx_tok_entry_kind(d, *end, LK_GIVEN) < 0 &&
			 (toks[*end + 1].flags & TF_SPACE) && dx_tok_entry_kind(d, *end + 1, LK_GIVEN) >= 0 &&
			 genitive_like(&toks[*end]))
		*end += 1;
	if (*end > skip_from && c1 > c0 && c1 == skip_from)
		c1 = *end;
	/* "лидер партии, радикальный проповедник Хадим Ризви": a description in between */
	if (!after_name && *end + 3 < n && dx_tok_punct(&toks[*end], ',') &&
		dx_adjective_form(&toks[*end + 1]) && !(toks[*end + 1].flags & TF_CAP) &&
		toks[*end + 2].type == TK_WORD && !(toks[*end + 2].flags & TF_CAP) &&
		dx_span_kind_at(d, *end + 2) == LK_NONE && !dx_verb_form(&toks[*end + 2]) &&
		!dx_function_word(toks[*end + 2].low) && is_cap_word(d, *end + 3) && is_cap_word(d, *end + 4))
		*end += 3;
	/* "министром по вопросам Brexit назначен Доминик Рааб" */
	if (!after_name && *end + 1 < n && short_participle(&toks[*end]) && (toks[*end + 1].flags & TF_CAP))
		*end += 1;
	/* "представитель вооружённых сил полковник Сансерн Каевкамнерд" */
	while (*end < n && rank_word(&toks[*end]))
	{
		*end += 1;
		if (*end + 1 < n && toks[*end].type == TK_HYPHEN && rank_word(&toks[*end + 1]))
			*end += 2;
	}
	if (c1 > c0 && (after_name || (*end < n && (toks[*end].flags & TF_CAP))))
	{
		dx_buf		rb;
		const char *words = office_words(d, oe, c0, c1);

		/*
		 * With words of its own the office keeps its own head, in the
		 * nominative: "лидер лейбористов", not the class name "президент".
		 */
		if (*words == '\0')
			return oe->name;
		dx_buf_init(&rb, d->a);
		dx_buf_adds(&rb, oe->term);
		dx_buf_addc(&rb, ' ');
		dx_buf_adds(&rb, words);
		return dx_buf_str(&rb);
	}
	return oe->name;
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
	int			k = tok;

	while (k + 1 < d->text.ntoks && d->tokperson[k + 1] == ent)
		k++;
	return e->surname && strcmp(d->text.toks[k].low, e->surname) != 0 &&
		dx_case_of(d->text.toks[k].low, e->surname) == DX_GEN;
}

/*
 * "Беньямин Нетаньяху отказался ... Премьер-министр Израиля заявил": an
 * office of a state opening a sentence, that no person of the story holds,
 * stands for the person named last before it when that person has no office
 * and no other state.  Gives that person the office; returns the entity or -1.
 */
static int
anaphoric_holder(dx_doc *d, const dx_span *s, const lex_entry *oe, const char *country)
{
	int			j;

	for (j = s->t0 - 1; j >= 0 && j >= s->t0 - 150; j--)
	{
		dx_ent	   *e;

		if (d->tokname[j] < 0)
			continue;
		e = &d->ents[d->tokname[j]];
		if (e->role != NULL || (e->country && strcmp(e->country, country) != 0))
			return -1;
		e->role = oe->name;
		e->role_class = oe->code;
		e->role_from_text = 1;
		e->country = country;
		return d->tokname[j];
	}
	return -1;
}

/*
 * The person of an office class (and state) named nearest before token tok,
 * else the first named after it; the search is bounded so that long texts
 * stay linear.
 */
static int
person_by_office(dx_doc *d, int tok, const char *cls, const char *country)
{
	int			j;

	for (j = tok - 1; j >= 0 && j >= tok - 3000; j--)
		if (d->tokname[j] >= 0 && holds_office(d, d->tokname[j], cls, country))
			return d->tokname[j];
	for (j = tok; j < d->text.ntoks && j < tok + 3000; j++)
		if (d->tokname[j] >= 0 && holds_office(d, d->tokname[j], cls, country))
			return d->tokname[j];
	return -1;
}

/*
 * A capital standing for its state (Москва заявила, переговоры с Лондоном,
 * позиция Киева) rather than a place (в Баку, посетить Баку, мэр Лондона).
 * A place is what a preposition of place, a visit or a local office points
 * at, or a form in the locative; everything else is the state.
 */
static int
capital_metonym(const dx_doc *d, const dx_span *s)
{
	static const char *const place_preps[] = {
		"в", "во", "из", "до", "через", "под", "около", "близ", "возле", "над", "на", "к", "ко",
		"по", "от", "у", "между", "при", "за", "вокруг", "около", "посреди", NULL
	};
	static const char *const place_words[] = {
		"посет", "посещ", "прибы", "прилет", "прилёт", "вылет", "мэр", "губернатор", "аким",
		"житель", "жител", "улиц", "аэропорт", "центр", "окрестност", "пригород", "район",
		"столиц", "город", "г", "мэри", "погод", "визит", NULL
	};
	const dx_tok *t = &d->text.toks[s->t0];
	const lex_entry *e = dx_entry(d, s->entry);
	const char *lemma = d->lex->words[e->w0].low;
	int			prev = s->t0 - 1;

	/* a locative form (в Лондоне, о Москве) is a place */
	if (strcmp(t->low, lemma) != 0 && dx_ends(t->low, "е") && !dx_ends(lemma, "е"))
		return 0;
	if (prev >= 0 && d->text.toks[prev].sent == t->sent)
	{
		const char *p = d->text.toks[prev].low;

		if (dx_in_list(p, place_preps))
			return 0;
		/* "Окружной суд Амстердама", "мэрия Москвы": a body of the city */
		if (dx_tok_entry_kind(d, prev, LK_ORG_TYPE) >= 0)
			return 0;
		if (dx_starts_any(p, place_words) || (dx_verb_code(d, prev) &&
											  strcmp(dx_verb_code(d, prev), "visit") == 0))
			return 0;
		/* "в Москве и Пекине", "из Баку и Анкары": a list after a preposition */
		if ((dx_tok_is(&d->text.toks[prev], "и") || dx_tok_punct(&d->text.toks[prev], ',')) &&
			prev > 0 && d->tokspan[prev - 1] >= 0)
		{
			const dx_span *o = &d->spans[d->tokspan[prev - 1]];

			if ((o->kind == LK_CAPITAL || o->kind == LK_CITY) && !capital_metonym(d, o))
				return 0;
		}
	}
	/* "Баку, Азербайджан": a place with its state */
	if (s->t1 + 1 < d->text.ntoks && dx_tok_punct(&d->text.toks[s->t1], ',') &&
		dx_span_kind_at(d, s->t1 + 1) == LK_COUNTRY)
		return 0;
	/* a headline or a dateline: "МОСКВА, 12 мая", "Москва. 23 августа." */
	if ((t->flags & TF_ALLCAPS) || (t->flags & TF_NL && s->t1 < d->text.ntoks &&
									dx_tok_punct(&d->text.toks[s->t1], ',')))
		return 0;
	if (s->t1 + 1 < d->text.ntoks && (dx_tok_punct(&d->text.toks[s->t1], ',') ||
									  dx_tok_punct(&d->text.toks[s->t1], '.')) &&
		d->text.toks[s->t1 + 1].type == TK_NUM)
		return 0;
	return 1;
}

/*
 * A state body: МИД Литвы, Министерства иностранных дел Казахстана,
 * японский МИД, or a capitalised Минздрав on its own.
 */
static void
org_head(dx_doc *d, const dx_span *s, int adj_tok)
{
	const lex_entry *le = dx_entry(d, s->entry);
	int			n = d->text.ntoks;
	int			t0 = s->t0,
				t1 = s->t1;
	const char *country = NULL;
	dx_buf		b;
	const char *name;
	int			ent;

	dx_buf_init(&b, d->a);
	if (s->t1 < n && dx_span_kind_at(d, s->t1) == LK_COUNTRY &&
		d->spans[d->tokspan[s->t1]].t0 == s->t1)
	{
		const dx_span *cs = &d->spans[d->tokspan[s->t1]];

		dx_buf_adds(&b, dx_capitalize(d->a, le->term));
		dx_buf_addc(&b, ' ');
		dx_buf_adds(&b, dx_tokens_text(d, cs->t0, cs->t1));
		country = dx_entry(d, cs->entry)->code;
		t1 = cs->t1;
	}
	else if (adj_tok >= 0 || (s->t0 > 0 && dx_span_kind_at(d, s->t0 - 1) == LK_COUNTRY_ADJ &&
							   d->spans[d->tokspan[s->t0 - 1]].t1 == s->t0))
	{
		int			at = adj_tok >= 0 ? adj_tok : d->spans[d->tokspan[s->t0 - 1]].t0;
		int			ae = dx_tok_entry_kind(d, at, LK_COUNTRY_ADJ);
		char	   *adj = dx_tokens_text(d, at, at + 1);
		char	   *nom = dx_adjective_nominative(d->a, adj, dx_noun_gender(d->lex->words[le->w0].low));

		if (ae < 0)
			return;
		dx_buf_adds(&b, nom ? nom : adj);
		dx_buf_addc(&b, ' ');
		dx_buf_adds(&b, le->term);
		country = dx_entry(d, ae)->code;
		t0 = at;
	}
	else if ((d->text.toks[s->t0].flags & TF_CAP) && !(d->text.toks[s->t0].flags & TF_FIRST))
		dx_buf_adds(&b, le->term);
	else if (d->lex->words[le->w0].allcaps || (d->text.toks[s->t0].flags & TF_CAP && le->nw == 1))
		dx_buf_adds(&b, le->term);
	else
		return;					/* "министерство" alone is no name */
	name = dx_strdup(d->a, dx_buf_str(&b));
	ent = dx_entity_by_name(d, DX_ORGANIZATION, name);
	if (ent < 0)
	{
		ent = dx_new_entity(d, DX_ORGANIZATION, name);
		if (ent >= 0)
			d->ents[ent].country = country;
	}
	dx_add_mention(d, t0, t1, DX_ORGANIZATION, DX_FORM_NAME, name, ent);
}

/* a state's Latin name standing inside a Latin-script name: France-Presse, Bank of China */
static int
latin_inside_name(const dx_doc *d, const dx_span *s)
{
	const dx_tok *t = d->text.toks;
	int			n = d->text.ntoks;

	if (!(t[s->t0].flags & TF_LAT) || (t[s->t0].flags & TF_CYR))
		return 0;
	if (s->t1 < n && t[s->t1].type == TK_HYPHEN)
		return 1;
	if (s->t0 > 0 && (t[s->t0 - 1].type == TK_HYPHEN ||
					  ((t[s->t0 - 1].flags & TF_LAT) && !(t[s->t0 - 1].flags & TF_CYR) &&
					   t[s->t0 - 1].type == TK_WORD)))
		return 1;
	if (s->t1 < n && (t[s->t1].flags & TF_LAT) && !(t[s->t1].flags & TF_CYR) &&
		(t[s->t1].flags & TF_CAP) && t[s->t1].type == TK_WORD)
		return 1;
	return 0;
}

/* ---------------------------------------------------------------- the pass */

int
dx_find_entities(dx_doc *d)
{
	int			n = d->text.ntoks;
	int			i,
				k;

	d->tokperson = dx_alloc(d->a, sizeof(int) * (n + 1));
	d->tokname = dx_alloc(d->a, sizeof(int) * (n + 1));
	d->tokquoted = dx_alloc(d->a, n + 1);
	d->tokorg = dx_alloc(d->a, n + 1);
	d->tokplace = dx_alloc(d->a, n + 1);
	if (d->tokperson == NULL || d->tokname == NULL || d->tokquoted == NULL || d->tokorg == NULL ||
		d->tokplace == NULL)
		return -1;
	mark_quoted_names(d);
	for (i = 0; i < n; i++)
		d->tokperson[i] = d->tokname[i] = -1;

	/* 1. persons the lexicon knows by full name, and offices naming a person */
	for (k = 0; k < d->nspans; k++)
	{
		dx_span    *s = &d->spans[k];

		if (s->kind == LK_PERSON)
			lexicon_person(d, s->t0, s->t1, s->entry);
	}
	for (k = 0; k < d->nspans; k++)
	{
		dx_span    *s = &d->spans[k];
		const lex_entry *oe;
		const char *country;
		const char *role;
		int			end,
					ent = -1,
					gcase;

		if (s->kind != LK_OFFICE)
			continue;
		oe = dx_entry(d, s->entry);
		role = office_role(d, s, 0, &country, &end);
		{
			/* the case shows on the head: the last part of премьер-министром */
			int			h = 0;

			while (h + 2 < oe->nw && d->lex->words[oe->w0 + h + 1].type == TK_HYPHEN)
				h += 2;
			gcase = s->t0 + h < s->t1 ?
				dx_case_of(d->text.toks[s->t0 + h].low, d->lex->words[oe->w0 + h].low) : DX_UNK;
		}
		if (end < n && d->tokperson[end] >= 0)
		{
			ent = d->tokperson[end];
			if (gcase == DX_NOM && possessor(d, end, ent))
				ent = -1;		/* "советник Трампа": the office of that person */
		}
		else if (end < n && dx_span_kind_at(d, end) == LK_SURNAME &&
				 /* "Мустафа Джемилев": a known surname that is a given name before a name */
				 !(dx_tok_entry_kind(d, end, LK_GIVEN) >= 0 && name_free(d, end + 1)))
			ent = lexicon_person(d, end, d->spans[d->tokspan[end]].t1, d->spans[d->tokspan[end]].entry);
		else if (end < n && !office_plural(d, s))
			rule_person(d, end, gcase, 1, &ent);
		if (ent >= 0)
		{
			dx_ent	   *e = &d->ents[ent];

			/* the office the text gives beats the lexicon's */
			if (!e->role_from_text)
			{
				e->role = role;
				e->role_class = oe->code;
				e->role_from_text = 1;
			}
			if (country && e->country == NULL)
				e->country = country;
		}
	}

	/* 1b. places a generic noun introduces: реки Славянки, деревне Иттан Уали */
	generic_places(d);

	/* 2. persons by rule: given name + surname, initials */
	for (i = 0; i < n; i++)
	{
		int			ent,
					end;

		if (d->tokperson[i] >= 0)
			continue;
		if (!is_cap_word(d, i) &&
			!(d->text.toks[i].type == TK_WORD && d->text.toks[i].nchars == 1 &&
			  (d->text.toks[i].flags & TF_CAP) && i + 1 < n && dx_tok_punct(&d->text.toks[i + 1], '.')))
			continue;
		end = rule_person(d, i, DX_UNK, 0, &ent);
		if (end > i)
			i = end - 1;
	}

	/* 2b. an office after a name and a comma: "Дмитрий Медведев, президент России," */
	for (k = 0; k < d->nspans; k++)
	{
		dx_span    *s = &d->spans[k];
		const lex_entry *oe;
		const char *country;
		const char *role;
		int			end,
					ent;

		if (s->kind != LK_OFFICE || s->t0 < 2 || !dx_tok_punct(&d->text.toks[s->t0 - 1], ',') ||
			d->tokname[s->t0 - 2] < 0)
			continue;
		oe = dx_entry(d, s->entry);
		role = office_role(d, s, 1, &country, &end);
		if (end < n && d->tokperson[end] >= 0)
			continue;			/* the office names the next person */
		ent = d->tokname[s->t0 - 2];
		if (!d->ents[ent].role_from_text)
		{
			d->ents[ent].role = role;
			d->ents[ent].role_class = oe->code;
			d->ents[ent].role_from_text = 1;
		}
		if (country && d->ents[ent].country == NULL)
			d->ents[ent].country = country;
	}

	/* 3. surnames alone: of persons named in the story, or known to the lexicon */
	for (i = 0; i < n; i++)
	{
		int			j;

		if (d->tokperson[i] >= 0 || !is_cap_word(d, i))
			continue;
		for (j = 0; j < d->nents; j++)
		{
			dx_ent	   *e = &d->ents[j];
			int			c;

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
			if (dx_ends(d->text.toks[i].low, "ым") &&
				strncmp(d->text.toks[i].low, e->surname, strlen(e->surname)) == 0 &&
				strlen(d->text.toks[i].low) == strlen(e->surname) + 4)
				break;
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
			}
			dx_add_mention(d, i, i + 1, DX_PERSON, DX_FORM_NAME, nom, j);
		}
		else if (dx_span_kind_at(d, i) == LK_SURNAME)
		{
			const dx_span *s = &d->spans[d->tokspan[i]];

			lexicon_person(d, s->t0, s->t1, s->entry);
		}
		else
			given_name_alone(d, i);
	}

	/* 4. offices standing for a person: глава казахстанского государства */
	for (k = 0; k < d->nspans; k++)
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
		ent = person_by_office(d, s->t0, oe->code, country);
		if (ent < 0 && country == NULL)
			continue;
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

	/* 5. states, places, organisations */
	for (k = 0; k < d->nspans; k++)
	{
		dx_span    *s = &d->spans[k];
		const lex_entry *le = dx_entry(d, s->entry);
		int			ent;

		switch (s->kind)
		{
			case LK_COUNTRY:
				if (latin_inside_name(d, s) || inside_other_name(d, s, 0))
					break;		/* France-Presse, Bank of China, .РФ */
				ent = country_entity(d, le);
				dx_add_mention(d, s->t0, s->t1, DX_COUNTRY, DX_FORM_NAME, country_normal(le), ent);
				break;
			case LK_COUNTRY_ADJ:
				{
					int			ce = country_entity(d, le);
					const char *nm = ce >= 0 ? d->ents[ce].name : le->name;

					dx_add_mention(d, s->t0, s->t1, DX_COUNTRY, DX_FORM_ADJECTIVE, nm, ce);
				}
				break;
			case LK_CAPITAL:
				if (capital_metonym(d, s))
				{
					const char *cname = dx_lex_state_name(d->lex, le->code);

					ent = dx_entity_of_country(d, le->code);
					if (ent < 0)
					{
						ent = dx_new_entity(d, DX_COUNTRY, cname);
						if (ent >= 0)
							d->ents[ent].code = le->code;
					}
					/* the mention's nominative is the capital's own name */
					dx_add_mention(d, s->t0, s->t1, DX_COUNTRY, DX_FORM_NAME, le->name, ent);
					break;
				}
				/* FALLTHROUGH */
			case LK_CITY:
			case LK_REGION:
				if (d->tokperson[s->t0] >= 0 || inside_other_name(d, s, 1) || not_a_place(d, s, le))
					break;		/* the word names a person or a thing here */
				if (place_before_surname(d, s))
					break;
				/* a place keeps the name the text uses, in the nominative */
				ent = dx_entity_by_name(d, DX_LOCATION, le->term);
				if (ent < 0)
				{
					ent = dx_new_entity(d, DX_LOCATION, le->term);
					if (ent >= 0)
						d->ents[ent].country = le->code ? le->code : le->country;
				}
				dx_add_mention(d, s->t0, s->t1, DX_LOCATION, DX_FORM_NAME, le->term, ent);
				break;
			case LK_ORG:
				/* "в Белом доме", "в Кремле": the building as a place */
				if (le->role && strcmp(le->role, "seat") == 0 && s->t0 > 0 &&
					(dx_tok_is(&d->text.toks[s->t0 - 1], "в") || dx_tok_is(&d->text.toks[s->t0 - 1], "во")))
				{
					ent = dx_entity_by_name(d, DX_LOCATION, le->name);
					if (ent < 0)
					{
						ent = dx_new_entity(d, DX_LOCATION, le->name);
						if (ent >= 0)
							d->ents[ent].country = le->country;
					}
					dx_add_mention(d, s->t0, s->t1, DX_LOCATION, DX_FORM_NAME, le->name, ent);
					break;
				}
				{
					/*
					 * One entity per organisation, named as the text first
					 * names it in full (Еврокомиссия, not the canonical
					 * Европейская комиссия); other names become aliases.
					 */
					int			x;

					ent = -1;
					for (x = 0; x < d->nents && ent < 0; x++)
						if (d->ents[x].kind == DX_ORGANIZATION && d->ents[x].canonical &&
							strcmp(d->ents[x].canonical, le->name) == 0)
							ent = x;
					if (ent < 0)
					{
						ent = dx_new_entity(d, DX_ORGANIZATION, le->term);
						if (ent >= 0)
						{
							d->ents[ent].country = le->country;
							d->ents[ent].canonical = le->name;
						}
					}
					if (ent >= 0)
					{
						dx_ent	   *o = &d->ents[ent];
						int			abbr = d->lex->words[le->w0].allcaps && le->nw == 1;

						/* a full name replaces an abbreviation as the entity's name */
						if (!abbr && o->name_is_abbr)
						{
							dx_add_alias(d, o, o->name);
							o->name = le->term;
							o->name_is_abbr = 0;
						}
						else if (o->mentions == 0)
							o->name_is_abbr = abbr;
						dx_add_alias(d, o, le->term);
						dx_add_alias(d, o, le->name);
					}
					if (s->t1 + 1 < n && d->text.toks[s->t1].type == TK_HYPHEN &&
						d->text.toks[s->t1 + 1].type == TK_WORD &&
						(d->text.toks[s->t1 + 1].flags & TF_CAP))
					{
						/* Интерфакс-Украина: a name of its own */
						const char *full = dx_tokens_text(d, s->t0, s->t1 + 2);

						ent = dx_entity_by_name(d, DX_ORGANIZATION, full);
						if (ent < 0)
							ent = dx_new_entity(d, DX_ORGANIZATION, full);
						dx_add_mention(d, s->t0, s->t1 + 2, DX_ORGANIZATION, DX_FORM_NAME, full, ent);
						break;
					}
					dx_add_mention(d, s->t0, s->t1, DX_ORGANIZATION, DX_FORM_NAME, le->term, ent);
				}
				break;
			case LK_ORG_HEAD:
				org_head(d, s, -1);
				break;
			case LK_OFFICE:
				{
					/* глава МИД Литвы, главы японского МИДа: the body inside the office */
					int			j;

					for (j = s->t0 + 1; j < s->t1; j++)
					{
						/* a state named in the office's words: председатель КНР */
						int			ce = dx_tok_entry_kind(d, j, LK_COUNTRY);

						if (ce >= 0)
						{
							int			ent2 = country_entity(d, dx_entry(d, ce));

							dx_add_mention(d, j, j + 1, DX_COUNTRY, DX_FORM_NAME, dx_entry(d, ce)->name, ent2);
						}
					}
					if (s->adj_tok >= 0)
					{
						/* the state named inside the office: глава казахстанского государства */
						int			ae = dx_tok_entry_kind(d, s->adj_tok, LK_COUNTRY_ADJ);

						if (ae >= 0)
						{
							int			ce = country_entity(d, dx_entry(d, ae));

							dx_add_mention(d, s->adj_tok, s->adj_tok + 1, DX_COUNTRY, DX_FORM_ADJECTIVE,
										   ce >= 0 ? d->ents[ce].name : dx_entry(d, ae)->name, ce);
						}
					}

					for (j = s->t0; j < s->t1; j++)
					{
						int			oh = dx_tok_entry_kind(d, j, LK_ORG_HEAD);

						if (oh >= 0 && j + 1 == s->t1)
						{
							dx_span		fake = *s;

							fake.t0 = j;
							fake.t1 = j + 1;
							fake.entry = oh;
							fake.kind = LK_ORG_HEAD;
							org_head(d, &fake, s->adj_tok == j - 1 ? s->adj_tok : -1);
						}
					}
				}
				break;
			default:
				break;
		}
	}
	if (dx_find_organizations(d) != 0)
		return -1;
	return d->a->failed ? -1 : 0;
}
