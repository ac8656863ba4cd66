/*
 * events.c - visits, talks, phone calls, summits, briefings and signings:
 * type, status, the states taking part, guest and host, persons, place and
 * the CAMEO code; one event per (type, states, guest) in a story.
 */
#include "internal.h"
#include "events.h"
#include "morph.h"

#include <stdlib.h>
#include <string.h>

static const char *const TYPE_NAMES[EV_NTYPES] = {
	"visit", "talks", "phone_call", "summit", "briefing", "signing"
};
static const char *const STATUS_NAMES[] = {"occurred", "planned"};

dx_ev_type
dx_ev_type_of(const char *code)
{
	int			t;

	for (t = 0; code && t < EV_NTYPES; t++)
		if (strcmp(code, TYPE_NAMES[t]) == 0)
			return (dx_ev_type) t;
	return EV_NONE;
}

const char *
dx_ev_type_name(dx_ev_type type)
{
	return (unsigned) type < EV_NTYPES ? TYPE_NAMES[type] : NULL;
}

const char *
dx_ev_status_name(dx_ev_status status)
{
	return (unsigned) status < 2 ? STATUS_NAMES[status] : NULL;
}

/* the verb classes of the lexicon (kind verb) that events.c reads */
typedef enum ev_verb
{
	VB_NONE,
	VB_MEET,
	VB_CALL,
	VB_VISIT,
	VB_SPEECH
} ev_verb;

static const char *const verb_code_names[] = {NULL, "meet", "call", "visit", "speech"};

static ev_verb
verb_at(const dx_doc *d, int tok)
{
	const char *c = dx_verb_code(d, tok);
	int			v;

	for (v = VB_MEET; c && v <= VB_SPEECH; v++)
		if (strcmp(c, verb_code_names[v]) == 0)
			return (ev_verb) v;
	return VB_NONE;
}

/*
 * An event as the pass holds it: dx_event of diplo.h with codes for its type
 * and status; publish() names them.
 */
typedef struct event
{
	dx_ev_type	type;
	dx_ev_status status;
	const char **countries;
	int			ncountries;
	const char *guest;			/* ISO code, visits only */
	const char *host;
	const char **persons;
	int			npersons;
	const char *location;
	int			sentence;
	int			start;
	int			end;
} event;

/* the events of a story, in the order they were first told */
typedef struct event_set
{
	event	   *v;
	int			n,
				cap;
} event_set;

/* a plan cue near an event word, besides the future cues shared with documents */
static int
plan_cue(const dx_doc *d, int tok)
{
	return dx_future_cue(d, tok) || dx_tok_has_cue(d, tok, CUE_PLAN);
}

static const char *
cameo_for(dx_ev_type type, dx_ev_status status)
{
	if (status == ES_PLANNED && type != EV_SIGNING && type != EV_BRIEFING)
		return "036";
	switch (type)
	{
		case EV_VISIT:
			return "042";
		case EV_TALKS:
		case EV_SUMMIT:
			return "046";
		case EV_PHONE_CALL:
			return "041";
		case EV_SIGNING:
			return "057";
		case EV_BRIEFING:
			return "010";
		default:
			return NULL;
	}
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

/* add or merge an event */
/*
 * Each event told is held against every one found before, and the talks
 * against each other: so that this stays linear in the text, a story has at
 * most DX_MAX_EVENTS events (told again, they still merge) and an event at
 * most DX_EVENT_PERSONS persons.  News tells a few dozen at most.
 */
#define DX_MAX_EVENTS		256
#define DX_EVENT_PERSONS	32

static int
push_event(dx_doc *d, event_set *set, event *ev)
{
	int			i,
				j;

	if (ev->ncountries > 1)
		qsort(ev->countries, ev->ncountries, sizeof(char *), cmp_str);
	for (i = 0; i < set->n; i++)
	{
		event      *o = &set->v[i];

		if (o->type != ev->type || o->ncountries != ev->ncountries)
			continue;
		for (j = 0; j < ev->ncountries; j++)
			if (strcmp(o->countries[j], ev->countries[j]) != 0)
				break;
		if (j < ev->ncountries)
			continue;
		if ((o->guest == NULL) != (ev->guest == NULL) ||
			(o->guest && strcmp(o->guest, ev->guest) != 0))
			continue;
		/* the same event: what happened wins over what was planned */
		if (ev->status == ES_OCCURRED && o->status == ES_PLANNED)
			o->status = ES_OCCURRED;
		if (o->location == NULL)
			o->location = ev->location;
		{
			int			cap = o->npersons;

			for (j = 0; j < ev->npersons && o->npersons < DX_EVENT_PERSONS; j++)
				dx_add_str(d, &o->persons, &o->npersons, &cap, ev->persons[j]);
		}
		return 0;
	}
	if (set->n >= DX_MAX_EVENTS)
		return 0;				/* see DX_MAX_EVENTS */
	{
		event      *slot = DX_PUSH(d->a, set->v, set->n, set->cap);

		if (slot == NULL)
			return -1;
		*slot = *ev;
	}
	return 0;
}

/* states of the persons and state mentions of tokens [t0, t1) */
static void
clause_countries(dx_doc *d, int t0, int t1, event *ev, int *cap, int *pcap)
{
	DX_FOR_MENTIONS(d, t0, t1, i)
	{
		const dx_ment *m = &d->ments[i];
		const dx_ent *e;

		if (m->t0 < t0 || m->t1 > t1 || m->entity < 0)
			continue;
		e = &d->ents[m->entity];
		if (m->kind == DX_COUNTRY && e->code)
			dx_add_str(d, &ev->countries, &ev->ncountries, cap, e->code);
		else if (m->kind == DX_PERSON)
		{
			if (e->country)
				dx_add_str(d, &ev->countries, &ev->ncountries, cap, e->country);
			dx_add_str(d, &ev->persons, &ev->npersons, pcap, e->name);
		}
	}
}

/*
 * A state named as the complement of an office or a delegation, or after
 * "между", alone or in a list: "министры иностранных дел Эстонии и
 * Германии", "делегации России, Китая и Индии", "между Россией и Украиной".
 * 1 for an office or delegation (those states are sides wherever the event
 * word stands), 2 for "между" (sides when near it), 0 otherwise.
 */
static int
office_complement(const dx_doc *d, int t0, int s0)
{
	int			j = t0 - 1;

	/*
	 * back over the list: "Эстонии и", "России, Еврокомиссией и", "между
	 * Парижем и" (a capital for its state)
	 */
	while (j > s0 && ((dx_tok_gram(d, j) & GR_AND) || dx_tok_punct(&d->text.toks[j], ',')) &&
		   (dx_span_kind_at(d, j - 1) == LK_COUNTRY || dx_span_kind_at(d, j - 1) == LK_ORG ||
			dx_span_kind_at(d, j - 1) == LK_CAPITAL))
	{
		j = d->spans[d->tokspan[j - 1]].t0 - 1;
	}
	if (j < s0)
		return 0;
	/*
	 * "между Россией, Еврокомиссией и Украиной прошли переговоры": only
	 * next to the event word, for "отношения между ЕС и Китаем" is a topic
	 */
	if (dx_tok_gram(d, j) & GR_P_MEZHDU)
		return 2;
	return (dx_span_kind_at(d, j) == LK_OFFICE && d->spans[d->tokspan[j]].t1 == j + 1) ||
		(d->text.toks[j].type == TK_WORD && !(d->text.toks[j].flags & TF_CAP) &&
		 dx_tok_has_cue(d, j, CUE_DELEGATION));
}

/* a punctuation mark among tokens [a, b): the words belong to another clause */
static int
punct_between(const dx_doc *d, int a, int b)
{
	for (; a < b; a++)
		if (d->text.toks[a].type == TK_PUNCT)
			return 1;
	return 0;
}

/*
 * A verb among tokens [a, b): the words after it are its own ("переговорах
 * ... будут обсуждаться вопросы торговли с Китаем": what is discussed)
 */
static int
verb_between(const dx_doc *d, int a, int b)
{
	for (; a < b; a++)
		if (d->text.toks[a].type == TK_WORD && dx_verb_form(&d->text.toks[a]))
			return 1;
	return 0;
}

/*
 * The end of the list of sides that a mention ending at token t opens:
 * "Москва и Пекин", "Брюссель и Лондон", "Россия, Китай и Индия"; t
 * itself when no list follows.
 */
static int
side_list_end(const dx_doc *d, int t, int limit)
{
	while (t + 1 < limit &&
		   ((dx_tok_gram(d, t) & GR_AND) || dx_tok_punct(&d->text.toks[t], ',')))
	{
		int			next = -1;

		for (int i = d->tokment[t + 1]; i >= 0; i = d->ment_next[i])
			if ((dx_ment_referent(d, &d->ments[i]) == DX_COUNTRY ||
				 dx_ment_referent(d, &d->ments[i]) == DX_ORGANIZATION) &&
				d->ments[i].t1 <= limit)
				next = d->ments[i].t1;
		if (next < 0)
			break;
		t = next;
	}
	return t;
}

/*
 * Is the mention [t0, t1) of a sentence starting at s0 in the list of
 * states that is the subject of the clause of the event word at ev ("Москва
 * и Пекин провели переговоры", "Брюссель и Лондон достигли прогресса в
 * переговорах")?  The list opens the sentence, names two sides or more,
 * and no punctuation stands between it and the event word.
 */
static int	may_be_subject(const dx_doc *d, int j);

/* Does a country or organisation mention start at token j? */
static int
side_at(const dx_doc *d, int j)
{
	for (int i = d->tokment[j]; i >= 0; i = d->ment_next[i])
		if (dx_ment_referent(d, &d->ments[i]) == DX_COUNTRY ||
			dx_ment_referent(d, &d->ments[i]) == DX_ORGANIZATION)
			return 1;
	return 0;
}

/*
 * The first token after an adverbial of time that opens a clause at j
 * before the token t0 ("Вчера Россия и Сербия провели переговоры", "В
 * понедельник, Москва и Пекин ..."): an adverb by the dictionary, or a
 * preposition with up to three words that name no side; a comma after it
 * is skipped.  j itself when no such adverbial opens the clause.
 */
static int
after_adverbial(const dx_doc *d, int j, int t0)
{
	const dx_tok *t = &d->text.toks[j];
	int			k = j;

	if (j >= t0 || t->type != TK_WORD || side_at(d, j))
		return j;
	if (dx_tok_gram(d, j) & GR_PREP)
	{
		for (k = j + 1; k < t0 && k <= j + 3; k++)
			if (d->text.toks[k].type != TK_WORD || side_at(d, k))
				break;
		if (k == j + 1)
			return j;
	}
	else if (dx_morph_may_be(d->lex, d->text.src + t->b0, (size_t) (t->b1 - t->b0), DX_G(ADVB)) &&
			 !may_be_subject(d, j))
		k = j + 1;
	else
		return j;
	if (k < t0 && dx_tok_punct(&d->text.toks[k], ','))
		k++;
	return k;
}

static int
subject_side(const dx_doc *d, int s0, int t0, int t1, int ev)
{
	int			j = s0,
				end;

	if (t0 >= ev || !may_be_subject(d, t0))
		return 0;
	if (j < t0 && d->text.toks[j].type == TK_PUNCT)
		j++;
	j = after_adverbial(d, j, t0);
	/* t0 opens the sentence, or is in the list that does */
	for (end = j; end < t0;)
	{
		int			next = -1;

		for (int i = d->tokment[end]; i >= 0; i = d->ment_next[i])
			if (dx_ment_referent(d, &d->ments[i]) == DX_COUNTRY ||
				 dx_ment_referent(d, &d->ments[i]) == DX_ORGANIZATION)
				next = d->ments[i].t1;
		if (next < 0 || next >= t0 ||
			!((dx_tok_gram(d, next) & GR_AND) || dx_tok_punct(&d->text.toks[next], ',')))
			return 0;
		end = next + 1;
	}
	if (end != t0)
		return 0;
	if (t1 > ev)
		return 0;
	end = side_list_end(d, t1, ev);
	/* two sides at least: "Иран согласен на переговоры" tells of one */
	if (t0 == j && end == t1)
		return 0;
	for (; end < ev; end++)
		if (d->text.toks[end].type != TK_WORD)
			return 0;
	return ev - t0 <= 12;
}

/*
 * "переговоры, которые Еврокомиссия ведет с Россией и Украиной": the token
 * of "с" in a relative clause right after the event word [t0, t1) of a
 * sentence ending at s1, -1 when there is none.
 */
static int
relative_partner(const dx_doc *d, int t1, int s1)
{
	int			j;

	if (t1 + 1 >= s1 || !dx_tok_punct(&d->text.toks[t1], ',') ||
		!(dx_tok_gram(d, t1 + 1) & GR_WHICH))
		return -1;
	for (j = t1 + 2; j < s1 && j <= t1 + 10 && d->text.toks[j].type != TK_PUNCT; j++)
		if (dx_tok_gram(d, j) & GR_P_S)
			return j;
	return -1;
}

static int	body_in(const dx_doc *d, int s0, int s1);

/*
 * Does the person of mention m hold an office of an international body, not
 * of a state: "главный переговорщик ЕС Жан Дюпон", "генсек ООН Иван
 * Петров"?  He speaks for the body, whatever his state; "постпред России
 * при ООН" speaks for his state.  The office is read before his name in
 * the sentence [s0, s1), wherever the mention m of him stands there.
 */
static int
body_official(const dx_doc *d, const dx_ment *m, int s0, int s1)
{
	DX_FOR_MENTIONS(d, s0, s1, i)
	{
		const dx_ment *n = &d->ments[i];
		int			k = n->t0,
					from,
					j,
					state = 0;

		if (n->entity != m->entity || n->kind != DX_PERSON)
			continue;
		while (k < n->t1 && d->tokname[k] != n->entity)
			k++;
		if (k == n->t1)
			continue;			/* a mention by office alone */
		from = k - 4 < s0 ? s0 : k - 4;
		for (j = k - 1; j >= from; j--)
			if (d->text.toks[j].type == TK_PUNCT)
			{
				from = j + 1;
				break;
			}
		for (j = from; j < k; j++)
			if (dx_span_kind_at(d, j) == LK_COUNTRY || dx_span_kind_at(d, j) == LK_COUNTRY_ADJ)
				state = 1;
		return !state && from < k && body_in(d, from, k);
	}
	return 0;
}

/*
 * Officials of a group of states, the subject of the event word at t or of
 * the verb right before it: an office in the plural nominative with "стран"
 * or an international body right after it ("министры иностранных дел стран
 * G7 провели встречу", "лидеры НАТО встретились", "главы МИД государств
 * ЕС").  Representatives (представители Еврокомиссии) speak for a body, not
 * for its states; a state named in the clause is a side of talks.
 */
static int
group_officials(const dx_doc *d, int s0, int t)
{
	int			j;

	for (j = s0; j < t; j++)
	{
		const dx_tok *o = &d->text.toks[j];
		int			e,
					k;

		if (dx_span_kind_at(d, j) == LK_COUNTRY || dx_span_kind_at(d, j) == LK_COUNTRY_ADJ)
			return 0;
		if (dx_span_kind_at(d, j) != LK_OFFICE || d->spans[d->tokspan[j]].t0 != j ||
			dx_tok_has_cue(d, j, CUE_SPOKESMAN) ||
			dx_morph_may_be(d->lex, o->low, strlen(o->low), DX_G(plur) | DX_G(nomn)) != 1 ||
			punct_between(d, j, t))
			continue;
		e = d->spans[d->tokspan[j]].t1;
		if (e >= t || !dx_tok_has_cue(d, e, CUE_PARTY_NOUN))
			k = e;
		else
			k = e + 1;
		/* the body's name, then at most the verb before the event word */
		DX_FOR_MENTIONS(d, k, t, i)
		{
			const dx_ment *m = &d->ments[i];

			if (m->t0 == k && m->kind == DX_ORGANIZATION && m->entity >= 0 &&
				d->ents[m->entity].canonical && d->ents[m->entity].country == NULL &&
				t - m->t1 <= 1)
				return 1;
		}
	}
	return 0;
}

static const char *visitor_state(const dx_doc *d, int p);
static int	described_as_no_state(const dx_doc *d, int t);
static int	office_of_no_state(const dx_doc *d, const dx_span *s);
static int	adjective_of_state(const dx_doc *d, const dx_span *s);

/*
 * A state named in a description of someone who speaks for no state:
 * "с главным тренером сборной Франции", "с французским экспертом", "с
 * лидером французских социалистов".
 */
static int
state_of_no_side(const dx_doc *d, const dx_ment *m)
{
	int			j;
	const dx_span *s = d->tokspan[m->t0] >= 0 ? &d->spans[d->tokspan[m->t0]] : NULL;

	if (s && s->kind == LK_COUNTRY_ADJ)
	{
		if (s->t1 < d->text.ntoks && d->tokspan[s->t1] >= 0 &&
			office_of_no_state(d, &d->spans[d->tokspan[s->t1]]))
			return 1;
		return !adjective_of_state(d, s) && s->t0 > 0 && dx_span_kind_at(d, s->t0 - 1) == LK_OFFICE;
	}
	if (described_as_no_state(d, m->t0))
		return 1;
	/* "с главным тренером сборной Франции": the office before the name's words */
	for (j = m->t0 - 1; j >= 0 && j >= m->t0 - 4 && d->text.toks[j].type == TK_WORD; j--)
		if (d->tokspan[j] >= 0 && d->spans[d->tokspan[j]].kind == LK_OFFICE)
			return office_of_no_state(d, &d->spans[d->tokspan[j]]);
	return 0;
}

/*
 * The sides of talks: the states of the persons of the sentence and of the
 * states named with the event (переговоры с Россией, российско-японские
 * переговоры); other states of the sentence are context, not sides.
 */
static void
talks_countries(dx_doc *d, const dx_span *s, int s0, int s1, event *ev, int *cap, int *pcap)
{
	int			rel = relative_partner(d, s->t1, s1);

	DX_FOR_MENTIONS(d, s0, s1, i)
	{
		const dx_ment *m = &d->ments[i];
		const dx_ent *e;
		int			near,
					oc;

		if (m->t0 < s0 || m->t1 > s1 || m->entity < 0)
			continue;
		e = &d->ents[m->entity];
		oc = office_complement(d, m->t0, s0);
		near = (m->t1 <= s->t0 && s->t0 - m->t1 <= 2 && !punct_between(d, m->t1, s->t0)) ||
			(m->t0 >= s->t1 && m->t0 - s->t1 <= 3) ||
			/* "переговоры о возвращении островов и договоре с Россией" */
			(m->t0 > s->t1 && (dx_tok_gram(d, m->t0 - 1) & GR_P_S) &&
			 !punct_between(d, s->t1, m->t0) && !verb_between(d, s->t1, m->t0)) ||
			(rel >= 0 && m->t0 > rel && m->t0 - rel <= 4 && !punct_between(d, rel, m->t0)) ||
			subject_side(d, s0, m->t0, m->t1, s->t0) ||
			oc == 1 || (oc == 2 && ((m->t1 <= s->t0 && s->t0 - m->t1 <= 6) ||
									(m->t0 >= s->t1 && m->t0 - s->t1 <= 10)));
		if (m->kind == DX_PERSON)
		{
			if (e->country && !body_official(d, m, s0, s1) && visitor_state(d, m->entity))
				dx_add_str(d, &ev->countries, &ev->ncountries, cap, e->country);
			dx_add_str(d, &ev->persons, &ev->npersons, pcap, e->name);
		}
		else if (m->kind == DX_COUNTRY && e->code && near && !state_of_no_side(d, m))
			dx_add_str(d, &ev->countries, &ev->ncountries, cap, e->code);
	}
}

/*
 * A state named right after a preposition "в"/"во" or a verb of visiting
 * ("посетит Анголу"): the visit's host
 */
static const char *
host_after(dx_doc *d, int from, int to, const char **location)
{
	int			j;

	for (j = from; j + 1 < to; j++)
	{
		int			k;
		const dx_span *s;

		if (!((dx_tok_gram(d, j) & GR_P_V) ||
			  (verb_at(d, j) == VB_VISIT && !(d->text.toks[j].flags & TF_CAP))))
			continue;
		k = d->tokspan[j + 1];
		if (k < 0)
			continue;
		s = &d->spans[k];
		if (s->kind == LK_COUNTRY)
			return dx_entry(d, s->entry)->code;
		if (s->kind == LK_CAPITAL || s->kind == LK_CITY)
		{
			*location = dx_entry(d, s->entry)->name;
			return dx_entry(d, s->entry)->code;
		}
	}
	return NULL;
}

/*
 * An event word that tells of no event between states: one called off or
 * missed ("пропустил встречу", "отменил визит", "сорвал переговоры"), one
 * only proposed ("призвал инициировать консультации"), a
 * meeting with an audience at home ("на встрече с журналистами") or talks
 * with firms ("ведем переговоры с шестью производителями вакцины").
 */
static int
no_event(const dx_doc *d, const dx_span *s)
{
	int			j;

	/* "на полях саммита": the setting of what is told, an event told already */
	if (s->t0 >= 2 && dx_tok_has_cue(d, s->t0 - 1, CUE_SIDELINES) &&
		(dx_tok_gram(d, s->t0 - 2) & GR_P_NA))
		return 1;
	/* "пропустивший из-за этого встречу": a few words may stand between */
	for (j = s->t0 - 1; j >= 0 && j >= s->t0 - 5; j--)
	{
		if ((d->text.toks[j].type != TK_WORD && d->text.toks[j].type != TK_HYPHEN) ||
			d->text.toks[j].sent != d->text.toks[s->t0].sent)
			break;
		/* "отказался от участия в саммите": the summit itself goes on */
		if (dx_tok_has_cue(d, j, CUE_PARTICIPATION))
			break;
		if (dx_tok_has_cue(d, j, CUE_CANCEL))
			return 1;
	}
	/* "визит ... был под большим вопросом", "встреча под угрозой срыва": in doubt */
	for (j = s->t1; j + 1 < d->text.ntoks && j < s->t1 + 8 && d->text.toks[j].sent == d->text.toks[s->t0].sent; j++)
		if ((dx_tok_gram(d, j) & GR_P_POD) &&
			((j + 1 < d->text.ntoks && dx_tok_has_cue(d, j + 1, CUE_DOUBT)) ||
			 (j + 2 < d->text.ntoks && dx_tok_has_cue(d, j + 2, CUE_DOUBT))))
			return 1;
	/*
	 * "повод для встреч", "отправная точка для дальнейших переговоров": what
	 * a common noun is for, not an event, unless a verb tells of the meeting
	 * or visit ("прибыл в Пекин для переговоров"); "будет передан для
	 * переговоров" is the purpose of an act, and may be one
	 */
	for (j = s->t0 - 1; j >= 1 && j >= s->t0 - 2 && d->text.toks[j].type == TK_WORD; j--)
	{
		if (dx_tok_gram(d, j) & GR_P_DLYA)
		{
			const dx_tok *n = &d->text.toks[j - 1];
			int			k,
						k1 = dx_sentence_end(d, s->t0);

			if (n->type != TK_WORD || (n->flags & TF_CAP) ||
				!dx_morph_may_be(d->lex, d->text.src + n->b0, (size_t) (n->b1 - n->b0), DX_G(NOUN)) ||
				dx_morph_may_be(d->lex, d->text.src + n->b0, (size_t) (n->b1 - n->b0), DX_G(PRTS)))
				break;

			for (k = dx_sentence_start(d, s->t0); k < k1; k++)
				if (verb_at(d, k) != VB_NONE && verb_at(d, k) != VB_SPEECH)
					break;
			if (k == k1)
				return 1;
			break;
		}
		if (d->text.toks[j].flags & TF_CAP)
			break;
	}
	/* "заявил сенатор в беседе с РБК": an interview, not talks */
	if (s->t0 > 0 && dx_tok_has_cue(d, s->t0, CUE_CONVERSATION) &&
		(dx_tok_gram(d, s->t0 - 1) & GR_P_V))
	{
		for (j = s->t0 - 2; j >= 0 && j >= s->t0 - 12 && d->text.toks[j].sent == d->text.toks[s->t0].sent; j--)
			if (verb_at(d, j) == VB_SPEECH)
				return 1;
	}
	if (s->t0 > 0 && dx_infinitive(&d->text.toks[s->t0 - 1]))
	{
		for (j = s->t0 - 2; j >= 0 && j >= s->t0 - 10 && d->text.toks[j].sent == d->text.toks[s->t0].sent; j--)
			if (d->text.toks[j].type == TK_WORD && dx_tok_has_cue(d, j, CUE_PROPOSE))
				return 1;
	}
	for (j = s->t1; j < d->text.ntoks && j <= s->t1 + 2; j++)
	{
		int			k;

		if (d->text.toks[j].type != TK_WORD)
			break;
		if (!(dx_tok_gram(d, j) & GR_P_S))
			continue;
		/* "с шестью производителями", "с крупными компаниями": a word may come between */
		for (k = j + 1; k < d->text.ntoks && k <= j + 2 && d->text.toks[k].type == TK_WORD; k++)
			if (dx_tok_has_cue(d, k, CUE_AUDIENCE) || dx_tok_has_cue(d, k, CUE_FIRM))
				return 1;
	}
	return 0;
}

/*
 * A city, capital or region named in tokens [s0, s1), or a place told by a
 * common noun after в/на ("визит на острова", "поездка в регион").
 */
static int
place_named(const dx_doc *d, int s0, int s1)
{
	int			j;

	for (j = s0; j < s1; j++)
	{
		int			k = dx_span_kind_at(d, j);

		if (k == LK_REGION || k == LK_CITY || k == LK_CAPITAL)
			return 1;
		if (j > s0 && (dx_tok_gram(d, j - 1) & (GR_P_NA | GR_P_V)) &&
			dx_tok_has_cue(d, j, CUE_PLACE_NOUN))
			return 1;
	}
	return 0;
}

/*
 * Can token j be a clause's subject: a nominative by the dictionary, or a
 * word it does not know.  "встретится с президентом России Дмитрием
 * Медведевым и посетит Польшу": Медведевым is no visitor.
 */
static int
may_be_subject(const dx_doc *d, int j)
{
	const dx_tok *t = &d->text.toks[j];

	if (t->type != TK_WORD)
		return 1;
	return dx_morph_may_be(d->lex, d->text.src + t->b0, (size_t) (t->b1 - t->b0), DX_G(nomn)) != 0;
}

/*
 * Can the person at token j be the clause's subject: no word of the name
 * around j is, by the dictionary, other than a nominative (Пьером Дюбуа).
 */
static int
person_may_be_subject(const dx_doc *d, int j)
{
	int			p = d->tokperson[j],
				k;

	for (k = j; k >= 0 && d->tokperson[k] == p; k--)
		if (d->tokname[k] == p && !may_be_subject(d, k))
			return 0;
	for (k = j + 1; k < d->text.ntoks && d->tokperson[k] == p; k++)
		if (d->tokname[k] == p && !may_be_subject(d, k))
			return 0;
	return 1;
}

/*
 * Is the mention starting at token t0 the object of "к", with at most an
 * office or a few words between ("визит к премьер-министру Японии Ивану
 * Петрову")?  That person is the one visited, the host, not the visitor.
 * from is where the search may start.
 */
static int
after_k(const dx_doc *d, int from, int t0)
{
	int			j;

	for (j = t0 - 1; j >= from && j >= t0 - 5; j--)
	{
		const dx_tok *t = &d->text.toks[j];

		if (t->type != TK_WORD && t->type != TK_HYPHEN)
			return 0;
		if (dx_tok_gram(d, j) & GR_P_K)
			return 1;
		if (dx_tok_gram(d, j) & GR_PREP)
			return 0;
	}
	return 0;
}

/* the state of a person of tokens [from, to) that "к" introduces, NULL when none */
static const char *
host_person(dx_doc *d, int from, int to)
{
	DX_FOR_MENTIONS(d, from, to, i)
	{
		const dx_ment *m = &d->ments[i];

		if (m->entity >= 0 && m->kind == DX_PERSON && m->t0 >= from &&
			d->ents[m->entity].country && after_k(d, from, m->t0))
			return d->ents[m->entity].country;
	}
	return NULL;
}

/* a preposition among tokens [a, b) */
static int
prep_between(const dx_doc *d, int a, int b)
{
	for (; a < b; a++)
		if (dx_tok_gram(d, a) & GR_PREP)
			return 1;
	return 0;
}

/*
 * Does the person speak for something other than a state: a role of a
 * company, a party, a bank or a club ("глава компании", "лидер партии")?
 * Such a person's trip abroad is no state's visit.
 */
static int
private_role(const dx_doc *d, const dx_ent *e)
{
	return dx_words_have_cue(d->lex, e->role, CUE_COMPANY_HEAD) ||
		dx_words_have_cue(d->lex, e->role, CUE_PROFESSION) ||
		dx_words_have_cue(d->lex, e->role, CUE_SPORT_ROLE);
}

/*
 * An office of the lexicon that is held for no state: a profession, a
 * title or a sport's role (эксперт, адвокат, профессор, тренер).
 */
static int
office_of_no_state(const dx_doc *d, const dx_span *s)
{
	const char *term = dx_entry(d, s->entry)->term;

	return s->kind == LK_OFFICE &&
		(dx_words_have_cue(d->lex, term, CUE_PROFESSION) || dx_words_have_cue(d->lex, term, CUE_TITLE) ||
		 dx_words_have_cue(d->lex, term, CUE_SPORT_ROLE));
}

static int	adjective_of_state(const dx_doc *d, const dx_span *s);

/*
 * Token j is a common noun that may head a description in the nominative
 * (супруга, адвокат, претендент): no name, office, delegation or aide.
 */
static int
head_noun(const dx_doc *d, int j, int t0)
{
	const dx_tok *toks = d->text.toks;

	if (j < 0 || toks[j].type != TK_WORD || toks[j].sent != toks[t0].sent)
		return 0;
	if (((toks[j].flags & TF_CAP) && !(toks[j].flags & TF_FIRST)) || d->tokperson[j] >= 0 ||
		dx_span_kind_at(d, j) != LK_NONE || dx_tok_has_cue(d, j, CUE_DELEGATION) ||
		dx_tok_has_cue(d, j, CUE_DELEGATION_NOUN) || dx_tok_has_cue(d, j, CUE_AIDE))
		return 0;
	if (!(dx_morph_first_gram(d->lex, d->text.src + toks[j].b0, (size_t) (toks[j].b1 - toks[j].b0)) & DX_G(NOUN)) ||
		dx_morph_may_be(d->lex, toks[j].low, strlen(toks[j].low), DX_G(nomn)) != 1)
		return 0;
	/* "главы администрации президента": the noun is itself an office's complement */
	return !(j > 0 && toks[j - 1].sent == toks[j].sent &&
			 (dx_span_kind_at(d, j - 1) == LK_OFFICE || dx_tok_has_cue(d, j - 1, CUE_DELEGATION) ||
			  dx_tok_has_cue(d, j - 1, CUE_DELEGATION_NOUN)));
}

/*
 * Does the office at token off, its phrase opening at token t0, tell whom
 * the person is related to rather than what the person holds: a noun
 * heading it in the genitive ("супруга президента", "адвокат президента",
 * "претендент на пост президента"), the office the aim of "в" ("кандидат
 * в президенты")?  Not a noun after an office or a delegation ("глава
 * администрации президента"), nor an aide's ("заместитель министра"), nor
 * the object of a preposition after another word ("визит на острова
 * президента").
 */
static int
office_of_another(const dx_doc *d, int t0, int off)
{
	const dx_tok *toks = d->text.toks;
	const dx_tok *o = &toks[off];
	int			j = t0 - 1;

	/* "супруга французского президента": the state's adjective before the office */
	if (j >= 0 && dx_span_kind_at(d, j) == LK_COUNTRY_ADJ)
		j = d->spans[d->tokspan[j]].t0 - 1;
	if (j < 0 || toks[j].type != TK_WORD || toks[j].sent != toks[t0].sent)
		return 0;
	/* "в президенты": the plural that names the aim of running */
	if (dx_tok_gram(d, j) & GR_P_V)
		return dx_morph_may_be(d->lex, o->low, strlen(o->low), DX_G(nomn) | DX_G(plur)) == 1;
	/* "адвокат президента" */
	if (d->tokspan[j] >= 0 && office_of_no_state(d, &d->spans[d->tokspan[j]]))
		return 1;
	if (dx_morph_may_be(d->lex, o->low, strlen(o->low), DX_G(gent)) != 1 ||
		dx_morph_may_be(d->lex, o->low, strlen(o->low), DX_G(nomn) | DX_G(sing)) == 1 ||
		!head_noun(d, j, t0))
		return 0;
	/* "претендент на пост президента": the head before the preposition */
	if (j > 0 && (dx_tok_gram(d, j - 1) & GR_PREP))
		return head_noun(d, j - 2, t0);
	return 1;
}

/*
 * The words before token t (a person's or a state's name) describe someone
 * who speaks for no state: an office of another ("супруга президента
 * Франции Мария Иванова"), an office whose state adjective qualifies
 * something else ("лидер французских социалистов Иван Петров").
 */
static int
described_as_no_state(const dx_doc *d, int t)
{
	int			j;

	for (j = t - 1; j >= 0 && j >= t - 8 && d->text.toks[j].type == TK_WORD &&
		 d->text.toks[j].sent == d->text.toks[t].sent; j--)
	{
		const dx_span *s = d->tokspan[j] >= 0 ? &d->spans[d->tokspan[j]] : NULL;

		if (s && s->kind == LK_COUNTRY_ADJ && !adjective_of_state(d, s) &&
			s->t0 > 0 && dx_span_kind_at(d, s->t0 - 1) == LK_OFFICE)
			return 1;
		if (s && s->kind == LK_OFFICE)
			return office_of_another(d, s->t0, s->t0);
		if (dx_tok_has_cue(d, j, CUE_DELEGATION_NOUN))
			return 0;
	}
	return 0;
}

/*
 * The state a person named at a visit stands for, NULL when none.  The
 * words before the person's first name (where the story tells who the
 * person is) may say the person speaks for no state.
 */
static const char *
visitor_state(const dx_doc *d, int p)
{
	const dx_ent *e = &d->ents[p];

	if (e->country == NULL || private_role(d, e))
		return NULL;
	/* the first name, at the first mention or a few words after its descriptor */
	DX_FOR_MENTIONS(d, e->first_tok, e->first_tok + 12, i)
		if (d->ments[i].entity == p && d->ments[i].form == DX_FORM_NAME)
		return described_as_no_state(d, d->ments[i].t0) ? NULL : e->country;
	return e->country;
}

static int	state_adjective_of_office(const dx_doc *d, const dx_span *s);

/*
 * A state's name at token t after a visit word ending at from names the
 * visitor when it follows the word itself, an office, a delegation or a
 * body ("визит Казахстана", "визит президента Франции", "визит делегации
 * Перу"), not another's office nor a group of no state ("визит супруги
 * президента Франции", "визит сборной Франции", "визит бизнесменов
 * Франции").
 */
static int
genitive_of_visitor(const dx_doc *d, int from, int t)
{
	int			j = t - 1;
	const dx_span *s;

	if (j < from || d->text.toks[j].type != TK_WORD)
		return 1;
	s = d->tokspan[j] >= 0 ? &d->spans[d->tokspan[j]] : NULL;
	if (s && s->kind == LK_OFFICE)
		return !office_of_another(d, s->t0, s->t0);
	if (s && s->kind == LK_COUNTRY_ADJ)
		return 1;
	return dx_tok_has_cue(d, j, CUE_DELEGATION) || dx_tok_has_cue(d, j, CUE_DELEGATION_NOUN) ||
		d->tokorg[j] || (s && s->kind == LK_ORG);
}

/* the state of the first person (else the first state) named in tokens [from, to) */
static const char *
guest_after(dx_doc *d, int from, int to)
{
	const char *state = NULL;

	DX_FOR_MENTIONS(d, from, to, i)
	{
		const dx_ment *m = &d->ments[i];

		if (m->entity < 0)
			continue;
		/* "визит к канцлеру Германии": the host */
		if (m->kind == DX_PERSON && m->t0 >= from && after_k(d, from, m->t0))
			continue;
		if (m->kind == DX_PERSON && visitor_state(d, m->entity))
			return visitor_state(d, m->entity);
		/*
		 * "визит Казахстана", "визит делегации Перу": the state in the
		 * genitive after the word, no preposition between ("визит из-за
		 * отставок в правительстве Франции" tells nothing of the visitor)
		 */
		if (m->kind == DX_COUNTRY && state == NULL && !prep_between(d, from, m->t0) &&
			(m->form == DX_FORM_NAME ||
			 (d->tokspan[m->t0] >= 0 && state_adjective_of_office(d, &d->spans[d->tokspan[m->t0]]))) &&
			genitive_of_visitor(d, from, m->t0))
			state = d->ents[m->entity].code;
	}
	return state;
}

/*
 * The state of a visitor named by office or as a delegation, before token t
 * of its sentence: "Президент Казахстана прибыл в Азербайджан", "Делегация
 * Перу посетила Чили".  Not host.
 */
/*
 * Is the office whose name ends at token t a former one: "бывший
 * президент", "экс-премьер"?
 */
static int
former_office(const dx_doc *d, int t)
{
	int			j = d->tokspan[t] >= 0 ? d->spans[d->tokspan[t]].t0 : t;

	if (j > 0 && d->text.toks[j - 1].type == TK_HYPHEN)
		j--;
	return j > 0 && dx_tok_has_cue(d, j - 1, CUE_FORMER);
}

/*
 * A state's adjective after an office stands for the state when it is of
 * the delegation or body the office heads ("глава российской делегации",
 * "глава российского МИД"); "лидер белорусской оппозиции", "глава
 * российской компании" are of something else.  A state's name (президент
 * Франции) always is.
 */
static int
adjective_of_state(const dx_doc *d, const dx_span *s)
{
	if (s->kind != LK_COUNTRY_ADJ)
		return 1;
	return s->t1 < d->text.ntoks &&
		(dx_tok_has_cue(d, s->t1, CUE_DELEGATION_NOUN) || dx_span_kind_at(d, s->t1) == LK_ORG ||
		 dx_span_kind_at(d, s->t1) == LK_OFFICE);
}

/*
 * A state's adjective right before an office or a delegation: "китайская
 * делегация", "японского премьера" (not "бывший японский премьер").
 */
static int
state_adjective_of_office(const dx_doc *d, const dx_span *s)
{
	int			e = s->t1;

	if (s->kind != LK_COUNTRY_ADJ || e >= d->text.ntoks)
		return 0;
	if (s->t0 > 0 && dx_tok_has_cue(d, s->t0 - 1, CUE_FORMER))
		return 0;
	return (dx_span_kind_at(d, e) == LK_OFFICE && d->spans[d->tokspan[e]].t0 == e &&
			!office_of_no_state(d, &d->spans[d->tokspan[e]])) ||
		dx_tok_has_cue(d, e, CUE_DELEGATION_NOUN);
}

static const char *
unnamed_visitor(dx_doc *d, int s0, int t, const char *host)
{
	int			j;

	for (j = t - 1; j >= s0; j--)
	{
		int			k = d->tokspan[j];

		if (k >= 0 && (d->spans[k].kind == LK_COUNTRY || d->spans[k].kind == LK_COUNTRY_ADJ) &&
			d->spans[k].t0 == j &&
			((j > s0 && (dx_span_kind_at(d, j - 1) == LK_OFFICE || dx_tok_has_cue(d, j - 1, CUE_DELEGATION_NOUN)) &&
			  !former_office(d, j - 1) && adjective_of_state(d, &d->spans[k]) &&
			  !(dx_span_kind_at(d, j - 1) == LK_OFFICE &&
				(office_of_no_state(d, &d->spans[d->tokspan[j - 1]]) ||
				 office_of_another(d, d->spans[d->tokspan[j - 1]].t0, d->spans[d->tokspan[j - 1]].t0)))) ||
			 (state_adjective_of_office(d, &d->spans[k]) &&
			  !office_of_another(d, d->spans[k].t0, d->spans[k].t1))))
		{
			const char *c = dx_entry(d, d->spans[k].entry)->code;

			if (host == NULL || strcmp(c, host) != 0)
				return c;
		}
	}
	return NULL;
}

/*
 * The visiting state: "визит президента Казахстана" names it after the
 * word; "Джайшанкар ... находится в России с рабочим визитом" before it.
 */
static const char *
visit_guest(dx_doc *d, const dx_span *s, int s0, int s1, const char *host)
{
	int			instrumental = dx_instrumental_ending(d->text.toks[s->t1 - 1].low);
	int			j;

	/*
	 * "во время визита в Париж ... премьер-министр Канады Джастин Трюдо дал
	 * интервью": after an adverbial the visitor is the clause's subject,
	 * further on
	 */
	int			adverbial = s->t0 > s0 && dx_tok_has_cue(d, s->t0 - 1, CUE_FRAME);
	int			reach = adverbial ? s1 : (s1 < s->t1 + 12 ? s1 : s->t1 + 12);

	if (!instrumental)
	{
		const char *g = guest_after(d, s->t1, reach);

		if (g && (host == NULL || strcmp(g, host) != 0))
			return g;
	}
	/* the nearest person before the word */
	for (j = s->t0 - 1; j >= s0; j--)
	{
		int			p = d->tokperson[j];

		if (p >= 0 && visitor_state(d, p) && (host == NULL || strcmp(visitor_state(d, p), host) != 0))
			return visitor_state(d, p);
	}
	if (instrumental)
	{
		const char *g = guest_after(d, s->t1, s1);

		if (g && (host == NULL || strcmp(g, host) != 0))
			return g;
	}
	return unnamed_visitor(d, s0, s->t0, host);
}

/* a strong plan cue at token j: the sentence is about the future */
static int
plan_strong(dx_doc *d, int j)
{
	return dx_tok_has_cue(d, j, CUE_PLAN_STRONG);
}

/* a verb whose most probable reading is of the future tense (посетит, встретятся) */
static int
future_verb(const dx_doc *d, int j)
{
	const dx_tok *t = &d->text.toks[j];
	uint64_t	g;

	if (t->type != TK_WORD)
		return 0;
	g = dx_morph_first_gram(d->lex, d->text.src + t->b0, (size_t) (t->b1 - t->b0));
	return (g & (DX_G(VERB) | DX_G(futr))) == (DX_G(VERB) | DX_G(futr));
}

/*
 * "Визит президента Андорры Ивана Сидорова во Францию начнется в марте",
 * "Переговоры министров двух стран назначены на понедельник": the event
 * word as the subject opening its clause (after adjectives only), its
 * predicate the first verb or short participle after it however many
 * attributes stand between (past an auxiliary: "был перенесен"): a
 * predicate in the future, of a plan, a modal one (может состояться,
 * готовится), one of a prospect (ожидается) or of appointing (назначен на)
 * tells an event still to come.
 */
static int
planned_predicate(dx_doc *d, int tok, int s0, int s1)
{
	const dx_tok *toks = d->text.toks;
	int			j;

	for (j = s0; j < tok; j++)
		if (toks[j].type != TK_WORD ||
			!(dx_morph_first_gram(d->lex, d->text.src + toks[j].b0, (size_t) (toks[j].b1 - toks[j].b0)) & DX_G(ADJF)))
			return 0;
	if (dx_morph_may_be(d->lex, toks[tok].low, strlen(toks[tok].low), DX_G(nomn)) != 1)
		return 0;
	for (j = tok + 1; j < s1 && j <= tok + 15; j++)
	{
		uint64_t	g;

		if (toks[j].type == TK_PUNCT && !dx_tok_punct(&toks[j], '-'))
			return 0;
		if (toks[j].type != TK_WORD || (toks[j].flags & TF_CAP))
			continue;
		g = dx_morph_first_gram(d->lex, d->text.src + toks[j].b0, (size_t) (toks[j].b1 - toks[j].b0));
		if (!(g & (DX_G(VERB) | DX_G(PRTS))))
			continue;
		if (future_verb(d, j) || plan_cue(d, j) || plan_strong(d, j) ||
			dx_tok_has_cue(d, j, CUE_MODAL) || dx_tok_has_cue(d, j, CUE_PROSPECT) ||
			dx_tok_has_cue(d, j, CUE_APPOINTED))
			return 1;
		/* "был перенесен": the participle right after a past auxiliary */
		if ((dx_tok_gram(d, j) & GR_AUX) && j + 1 < s1 && toks[j + 1].type == TK_WORD)
			return plan_cue(d, j + 1) || dx_tok_has_cue(d, j + 1, CUE_APPOINTED);
		return 0;
	}
	return 0;
}

static dx_ev_status
event_status(dx_doc *d, int tok)
{
	int			s0 = dx_sentence_start(d, tok),
				s1 = dx_sentence_end(d, tok),
				j;

	/* words inside a quotation speak of something else: stop at the marks */
	for (j = tok - 1; j >= s0; j--)
		if (d->text.toks[j].type == TK_QUOTE)
		{
			s0 = j + 1;
			break;
		}
	for (j = tok + 1; j < s1; j++)
		if (d->text.toks[j].type == TK_QUOTE)
		{
			s1 = j;
			break;
		}

	for (j = s0; j < s1; j++)
	{
		if (j >= tok - 4 && j <= tok + 4 && plan_cue(d, j))
			return ES_PLANNED;
		if (plan_strong(d, j))
			return ES_PLANNED;
	}
	/*
	 * "встретится с", "проведут переговоры", "переговоры пройдут": a verb
	 * of the clause in the future tense by the dictionary; the auxiliary
	 * of a compound future may stand a few words away ("будет завтра в
	 * Брюсселе на переговорах", "будет затем передан ... для переговоров")
	 */
	for (j = tok - 6 < s0 ? s0 : tok - 6; j < s1 && j <= tok + 4; j++)
		if (future_verb(d, j) &&
			!(j < tok ? punct_between(d, j + 1, tok) : punct_between(d, tok + 1, j)))
			return ES_PLANNED;

	if (planned_predicate(d, tok, s0, s1))
		return ES_PLANNED;

	/*
	 * "На встрече президентов двух стран будут обсуждаться ...": an event
	 * word in a prepositional adverbial opening the sentence has its verb
	 * after the adverbial's words, further on
	 */
	if (tok - 1 == s0 && (dx_tok_gram(d, s0) & GR_PREP))
		for (j = tok + 5; j < s1 && j <= tok + 10; j++)
			if (future_verb(d, j) && !punct_between(d, tok + 1, j))
				return ES_PLANNED;

	/*
	 * "готов к визиту", "готовится к переговорам", "договорились о
	 * встрече": readiness for the act or an accord on it (a modal word
	 * governing "к" or "о" and the event word) is no act yet; so is a
	 * modal word governing the event's infinitive ("договорились
	 * встретиться")
	 */
	if (tok > s0 && dx_tok_has_cue(d, tok - 1, CUE_MODAL) &&
		dx_morph_may_be(d->lex, d->text.toks[tok].low, strlen(d->text.toks[tok].low), DX_G(INFN)) == 1)
		return ES_PLANNED;
	for (j = tok - 1; j > s0 && j >= tok - 3 && d->text.toks[j].type == TK_WORD; j--)
		if (dx_tok_gram(d, j) & (GR_P_K | GR_P_O))
		{
			if (dx_tok_has_cue(d, j - 1, CUE_MODAL))
				return ES_PLANNED;
			break;
		}

	/*
	 * "предложил президенту Франции встретиться", "пригласил президента
	 * Франции на переговоры", "призвал к переговорам": the event as the
	 * infinitive or the aim ("на", "к" and not a place) of a word that
	 * wants, proposes or plans it earlier in the clause is no act yet
	 */
	if (dx_morph_may_be(d->lex, d->text.toks[tok].low, strlen(d->text.toks[tok].low), DX_G(INFN)) == 1 ||
		(tok > s0 && (dx_tok_gram(d, tok - 1) & (GR_P_NA | GR_P_K)) &&
		 dx_morph_may_be(d->lex, d->text.toks[tok].low, strlen(d->text.toks[tok].low), DX_G(loct)) != 1))
		for (j = tok - 1; j >= s0 && j >= tok - 8 && d->text.toks[j].type != TK_PUNCT; j--)
			if (dx_tok_has_cue(d, j, CUE_WANT) || dx_tok_has_cue(d, j, CUE_PROPOSE) ||
				dx_tok_has_cue(d, j, CUE_MODAL) || plan_cue(d, j))
				return ES_PLANNED;

	/*
	 * "возможный визит", "не исключил визита", "рассчитывает на встречу":
	 * the event spoken of as a prospect, a few words before it ("его
	 * ожидали на саммите" is where he was expected: the summit took place)
	 */
	for (j = tok - 1; j >= s0 && j >= tok - 3 && d->text.toks[j].type == TK_WORD; j--)
	{
		if ((dx_tok_gram(d, j) & (GR_P_NA | GR_P_V)) &&
			dx_morph_may_be(d->lex, d->text.toks[tok].low, strlen(d->text.toks[tok].low), DX_G(loct)) == 1)
			break;
		if (dx_tok_has_cue(d, j, CUE_PROSPECT))
			return ES_PLANNED;
	}

	/*
	 * "будет терпеливо, но настойчиво вести переговоры": an infinitive
	 * governing the event word carries the future of its own auxiliary
	 */
	if (tok > s0 && dx_infinitive(&d->text.toks[tok - 1]))
	{
		for (j = tok - 2; j >= s0 && j >= tok - 8; j--)
			if (plan_cue(d, j))
				return ES_PLANNED;
	}
	return ES_OCCURRED;
}

/* an international body named in tokens [s0, s1): ЕС, НАТО, ООН */
static int
body_in(const dx_doc *d, int s0, int s1)
{
	DX_FOR_MENTIONS(d, s0, s1, i)
	{
		const dx_ment *m = &d->ments[i];

		if (dx_ment_referent(d, m) == DX_ORGANIZATION && m->t0 >= s0 && m->t1 <= s1 && m->entity >= 0 &&
			d->ents[m->entity].canonical && d->ents[m->entity].country == NULL)
			return 1;
	}
	return 0;
}

/* a capital letter anywhere in s */
static int
has_capital(const char *s)
{
	for (; *s; s++)
		if (dx_upper_at(s))
			return 1;
	return 0;
}

/*
 * A person of tokens [s0, s1) who holds an office but speaks for no state:
 * "председатель Еврокомиссии Урсула фон дер Ляйен провела переговоры с
 * премьером Венгрии" are talks of Hungary with a body.
 */
static int
official_of_body(const dx_doc *d, int s0, int s1)
{
	int			j;

	for (j = s0; j < s1; j++)
	{
		const dx_ent *e = d->tokperson[j] >= 0 ? &d->ents[d->tokperson[j]] : NULL;

		/*
		 * the office names the body (председатель Еврокомиссии) or is a
		 * body's: a minister whose state is unknown is not one
		 */
		if (e && e->country == NULL && e->role != NULL &&
			((e->role_class && strcmp(e->role_class, "org_head") == 0) || has_capital(e->role)))
			return 1;
	}
	return 0;
}

/*
 * "двусторонняя", "переговоры глав государств" (1), a named person (2): the
 * sides met
 */
static int
sides_named(const dx_doc *d, const dx_span *s, int s0, int s1)
{
	int			j,
				r = 0;

	for (j = s->t0 - 5 < s0 ? s0 : s->t0 - 5; j < s1 && j < s->t1 + 4; j++)
	{
		if (d->tokperson[j] >= 0)
			return 2;
		if (dx_tok_has_cue(d, j, CUE_SIDES))
			r = 1;
	}
	return r;
}

/*
 * Words of a concrete occurrence in tokens [s0, s1): a verb of meeting,
 * visiting or calling, "состоялись"/"прошли", a place, or a number (a date).
 * "прогресс в двусторонних переговорах" tells of talks in general.
 */
static int
occurrence_told(const dx_doc *d, int s0, int s1)
{
	int			j;

	if (place_named(d, s0, s1))
		return 1;
	for (j = s0; j < s1; j++)
	{
		ev_verb		v = verb_at(d, j);

		if ((v != VB_NONE && v != VB_SPEECH) || d->text.toks[j].type == TK_NUM ||
			dx_tok_has_cue(d, j, CUE_TOOK_PLACE))
			return 1;
	}
	return 0;
}

/* "совместная пресс-конференция", "главы государств провели брифинг" */
static int
joint_word(const dx_doc *d, const dx_span *s)
{
	int			j;

	for (j = s->t0 - 5 < 0 ? 0 : s->t0 - 5; j < s->t1; j++)
		if (dx_tok_has_cue(d, j, CUE_JOINT))
			return 1;
	return 0;
}

/* the states of the talks or visit told last, for a briefing after them */
static int
last_talks(dx_doc *d, const event_set *set, event *ev, int *cap)
{
	int			i,
				x;

	for (i = set->n - 1; i >= 0; i--)
	{
		const event *o = &set->v[i];

		if ((o->type != EV_TALKS && o->type != EV_VISIT) ||
			o->ncountries < 2)
			continue;
		for (x = 0; x < o->ncountries; x++)
			dx_add_str(d, &ev->countries, &ev->ncountries, cap, o->countries[x]);
		return 1;
	}
	return 0;
}

static void
story_pair(dx_doc *d, event *ev, int *cap)
{
	/* a story of many states (a summit) has no pair to fall back on */
	if (2 * d->third_weight > d->main_weight[1])
		return;
	if (d->main_country[0] >= 0)
		dx_add_str(d, &ev->countries, &ev->ncountries, cap, d->ents[d->main_country[0]].code);
	if (d->main_country[1] >= 0)
		dx_add_str(d, &ev->countries, &ev->ncountries, cap, d->ents[d->main_country[1]].code);
}

/*
 * The state of a place the story names, NULL when unknown.  An event keeps
 * the lexicon's canonical name of its place (Санкт-Петербург), while the
 * place's entity is named as the story first names it (Петербург): look the
 * canonical name up first.
 */
static const char *
place_state(dx_doc *d, const char *place)
{
	int			e = dx_entity_by_canonical(d, DX_LOCATION, place);

	if (e < 0)
		e = dx_entity_by_name(d, DX_LOCATION, place);

	return e >= 0 ? d->ents[e].country : NULL;
}

/*
 * Bilateral meetings of one side with several others: one talks event for
 * the state of the nearest person or state before the word (t) with each of
 * the others.  Returns the number of events pushed, -1 out of memory.
 */
static int
split_bilateral(dx_doc *d, event_set *set, const event *ev, int s0, int t)
{
	const char *own = NULL;
	int			j,
				x,
				n = 0;

	for (j = t - 1; j >= s0 && own == NULL; j--)
	{
		if (d->tokperson[j] >= 0 && d->ents[d->tokperson[j]].country)
			own = d->ents[d->tokperson[j]].country;
		else if (d->tokspan[j] >= 0 && d->spans[d->tokspan[j]].kind == LK_COUNTRY)
			own = dx_entry(d, d->spans[d->tokspan[j]].entry)->code;
	}
	if (own == NULL)
		return 0;
	for (x = 0; x < ev->ncountries; x++)
	{
		event		one = *ev;
		int			cap = 0;

		if (strcmp(ev->countries[x], own) == 0)
			continue;
		one.countries = NULL;
		one.ncountries = 0;
		dx_add_str(d, &one.countries, &one.ncountries, &cap, own);
		dx_add_str(d, &one.countries, &one.ncountries, &cap, ev->countries[x]);
		/* the persons of these two states */
		one.persons = NULL;
		one.npersons = 0;
		cap = 0;
		for (j = 0; j < ev->npersons; j++)
		{
			int			p = dx_entity_by_name(d, DX_PERSON, ev->persons[j]);
			const char *c = p >= 0 ? d->ents[p].country : NULL;

			if (c && (strcmp(c, own) == 0 || strcmp(c, ev->countries[x]) == 0))
				dx_add_str(d, &one.persons, &one.npersons, &cap, ev->persons[j]);
		}
		if (push_event(d, set, &one) != 0)
			return -1;
		n++;
	}
	return n;
}

/* is the agreement signed: the status code of agreements.c */
static int
agreement_signed(const dx_agreement *g)
{
	return strcmp(g->status, "signed") == 0;
}

/*
 * A joint statement of one party is no joint act ("говорится в заявлении
 * офиса", "заявление об отставке"): nothing was signed between sides.
 */
static int
statement_of_one(const dx_agreement *g)
{
	return g->doc_type && strcmp(g->doc_type, "joint_statement") == 0 && g->nparties < 2;
}

/* the events of the pass as the result names them (dx_event of diplo.h) */
static int
publish(dx_doc *d, const event_set *set)
{
	int			i;

	d->evs = NULL;
	d->nevs = d->cap_evs = 0;
	if (set->n == 0)
		return 0;
	d->evs = dx_alloc(d->a, sizeof(dx_event) * (size_t) set->n);
	if (d->evs == NULL)
		return -1;
	for (i = 0; i < set->n; i++)
	{
		const event *e = &set->v[i];
		dx_event   *o = &d->evs[i];

		memset(o, 0, sizeof(*o));
		o->event_type = dx_ev_type_name(e->type);
		o->status = dx_ev_status_name(e->status);
		o->countries = e->countries;
		o->ncountries = e->ncountries;
		o->guest = e->guest;
		o->host = e->host;
		o->persons = e->persons;
		o->npersons = e->npersons;
		o->location = e->location;
		o->cameo = cameo_for(e->type, e->status);
		o->sentence = e->sentence;
		o->start = e->start;
		o->end = e->end;
	}
	d->nevs = d->cap_evs = set->n;
	return 0;
}

/*
 * The sides of a visit told by a noun: host, guest and place.  0 when the
 * sentence names no guest or no host.
 */
static int
noun_visit(dx_doc *d, const dx_span *s, int s0, int s1, event *ev, int *cap, int *pcap)
{
	const char *loc = NULL;
	const char *host = host_after(d, s->t1, s1, &loc);
	const char *guest;

	/* прибыл в Венгрию с визитом: the place may come before the word */
	if (host == NULL)
		host = host_after(d, s0, s->t0, &loc);
	/* "визит к президенту Франции": the state of the person visited */
	if (host == NULL)
		host = host_person(d, s->t1, s->t1 + 8 < s1 ? s->t1 + 8 : s1);
	guest = visit_guest(d, s, s0, s1, host);

	/*
	 * With no host named, the other of the story's two states, but only when
	 * the sentence names no place: "визит на Курильские острова" is a trip at
	 * home or to a disputed land.
	 */
	if (host == NULL && guest && d->main_country[0] >= 0 && d->main_country[1] >= 0 &&
		!place_named(d, s0, s1))
	{
		const char *a = d->ents[d->main_country[0]].code,
				   *b = d->ents[d->main_country[1]].code;

		host = strcmp(a, guest) == 0 ? b : (strcmp(b, guest) == 0 ? a : NULL);
	}
	if (guest == NULL || host == NULL)
		return 0;
	ev->guest = guest;
	ev->host = host;
	ev->location = loc;
	dx_add_str(d, &ev->countries, &ev->ncountries, cap, guest);
	dx_add_str(d, &ev->countries, &ev->ncountries, cap, host);
	clause_countries(d, s->t0, s1, ev, cap, pcap);
	/* a visit is between its two states */
	ev->ncountries = 2;
	return 1;
}

/*
 * "прибыли президенты четырех стран: Польши, Литвы, Латвии и Эстонии",
 * "делегации Перу и Чили посетили": a guest named first in a list of states
 * comes with the others of the list, each the guest of a visit of its own.
 * Tokens [s0, s1) are the sentence.
 */
static int
co_guests(dx_doc *d, event_set *set, const event *ev, int s0, int s1)
{
	int			j,
				k;

	for (j = s0; j < s1; j++)
	{
		k = d->tokspan[j];
		if (k >= 0 && d->spans[k].t0 == j && d->spans[k].kind == LK_COUNTRY &&
			strcmp(dx_entry(d, d->spans[k].entry)->code, ev->guest) == 0)
			break;
	}
	if (j >= s1)
		return 0;
	j = d->spans[d->tokspan[j]].t1;
	while (j + 1 < s1 && (dx_tok_punct(&d->text.toks[j], ',') || (dx_tok_gram(d, j) & GR_AND)))
	{
		const char *c;

		k = d->tokspan[j + 1];
		if (k < 0 || d->spans[k].t0 != j + 1 || d->spans[k].kind != LK_COUNTRY)
			break;
		c = dx_entry(d, d->spans[k].entry)->code;
		if (strcmp(c, ev->host) != 0 && strcmp(c, ev->guest) != 0)
		{
			event		one = *ev;
			int			cap = 0;

			one.countries = NULL;
			one.ncountries = 0;
			one.persons = NULL;
			one.npersons = 0;
			one.guest = c;
			dx_add_str(d, &one.countries, &one.ncountries, &cap, c);
			dx_add_str(d, &one.countries, &one.ncountries, &cap, ev->host);
			if (push_event(d, set, &one) != 0)
				return -1;
		}
		j = d->spans[k].t1;
	}
	return 0;
}

/*
 * "глава делегации на переговорах призвал ООН ...": an event word after
 * в/на in a clause with a verb of speech, its other side not named after
 * it, is where words were said; with fewer than two states named it does
 * not tell who met whom.
 */
static int
setting_of_speech(const dx_doc *d, const dx_span *s, int s0, int s1)
{
	int			j;

	if (s->t0 <= s0 || !((dx_tok_gram(d, s->t0 - 1) & GR_P_NA) ||
						  (dx_tok_gram(d, s->t0 - 1) & GR_P_V)))
		return 0;
	/* "в переговорах с Евросоюзом": the other side is told */
	if (s->t1 < s1 && (dx_tok_gram(d, s->t1) & GR_P_S))
		return 0;
	for (j = s0; j < s1; j++)
		if (verb_at(d, j) == VB_SPEECH)
			return 1;
	return 0;
}

/* the one state of the state and person mentions of tokens [t0, t1), NULL for none or several */
static const char *
one_state(const dx_doc *d, int t0, int t1)
{
	const char *one = NULL;

	DX_FOR_MENTIONS(d, t0, t1, i)
	{
		const dx_ment *m = &d->ments[i];
		const char *c = NULL;

		if (m->t0 < t0 || m->t1 > t1 || m->entity < 0)
			continue;
		if (m->kind == DX_COUNTRY)
			c = d->ents[m->entity].code;
		else if (m->kind == DX_PERSON)
			c = d->ents[m->entity].country;
		if (c == NULL)
			continue;
		if (one && strcmp(one, c) != 0)
			return NULL;
		one = c;
	}
	return one;
}

/*
 * "на встрече с депутатами от фракции", "переговоры с лидером партии Иваном
 * Петровым": the partner after "с" holds an office of no state, the phrase
 * naming no state, person of a state or body: the story's states did not
 * meet.  So too the subject's own people: the members of a body its
 * possessive names ("с членами своего кабинета"), a party's ("с
 * руководством партии"), officials or a body of the state the subject
 * speaks for ("президент Андорры ... с членами правительства Андорры").
 */
static int
stateless_partner(const dx_doc *d, const dx_span *s, int s0, int s1)
{
	const dx_tok *toks = d->text.toks;
	const char *own = one_state(d, s0, s->t0);
	int			j,
				someone = 0,
				same = 0,
				body = 0;

	if (s->t1 + 1 >= s1 || !(dx_tok_gram(d, s->t1) & GR_P_S))
		return 0;
	for (j = s->t1 + 1; j < s1 && j < s->t1 + 11; j++)
	{
		int			k = dx_span_kind_at(d, j);
		const char *c = NULL;

		if (toks[j].type == TK_PUNCT && !dx_tok_punct(&toks[j], '"'))
			break;
		if (toks[j].type == TK_WORD && !(toks[j].flags & TF_CAP) && dx_verb_form(&toks[j]))
			break;
		if (k == LK_COUNTRY_ADJ || body_in(d, j, j + 1))
			return 0;
		if (k == LK_COUNTRY)
			DX_FOR_MENTIONS(d, j, j + 1, i)
				if (d->ments[i].kind == DX_COUNTRY && d->ments[i].entity >= 0)
				c = d->ents[d->ments[i].entity].code;
		if (d->tokperson[j] >= 0 && d->ents[d->tokperson[j]].country)
			c = d->ents[d->tokperson[j]].country;
		if (k == LK_COUNTRY || c)
		{
			if (own == NULL || c == NULL || strcmp(own, c) != 0)
				return 0;
			same = 1;
		}
		if (k == LK_OFFICE && d->spans[d->tokspan[j]].t0 == j)
			someone = body = 1;
		/* "с членами своего кабинета": not the partner's own possessive */
		if (j > s->t1 + 1 && (dx_tok_gram(d, j) & GR_POSS_ADJ))
			someone = 1;
		if (dx_tok_org_type(d, j, "party"))
			someone = 1;
		if (dx_tok_org_type(d, j, "government") || dx_tok_org_type(d, j, "parliament"))
			body = 1;
	}
	return same ? body : someone;
}

/*
 * Talks, a summit or a briefing with one state or none named: talks with an
 * organisation keep their one state.  Otherwise the story's two sides, but
 * only when the words say the sides met ("переговоры глав государств",
 * "двусторонняя встреча", persons named): "путем переговоров" is no event.
 */
static void
story_sides(dx_doc *d, const event_set *set, const dx_span *s, int s0, int s1, event *ev, int *cap)
{
	ev->ncountries = 0;
	if (ev->type == EV_BRIEFING)
	{
		/*
		 * one official's press conference is not the two sides'; a joint one
		 * follows the talks told last ("за встречей министров последовала
		 * пресс-конференция")
		 */
		if (joint_word(d, s) && !last_talks(d, set, ev, cap) && sides_named(d, s, s0, s1))
			story_pair(d, ev, cap);
	}
	/*
	 * "вел переговоры с ЕС": the other side is the body, the one side the
	 * story's state; the partner told is sign enough that the sides met
	 */
	else if (s->t1 + 1 < s1 && (dx_tok_gram(d, s->t1) & GR_P_S) &&
			 body_in(d, s->t1 + 1, s->t1 + 3 < s1 ? s->t1 + 3 : s1) &&
			 d->main_country[0] >= 0)
		dx_add_str(d, &ev->countries, &ev->ncountries, cap,
				   d->ents[d->main_country[0]].code);
	else if (stateless_partner(d, s, s0, s1))
		ev->ncountries = 0;
	else if (sides_named(d, s, s0, s1) == 2 ||
			 (sides_named(d, s, s0, s1) == 1 && occurrence_told(d, s0, s1)))
	{
		story_pair(d, ev, cap);
		/*
		 * a story of one state, and no body to meet it: no other side
		 * ("ведёт переговоры с клубом")
		 */
		if (ev->ncountries < 2 && !body_in(d, s0, s1))
			ev->ncountries = 0;
	}
}

/*
 * A clause whose subject is a pronoun of the third person ("Они провели
 * переговоры с ...", "Он встретился с ..."): its sides are those the
 * sentence before names, not the story's two states.  "они" takes the
 * states of every person and state of that sentence, "он"/"она" the state of
 * the last person named in it.
 */
static uint64_t
subject_pronoun(const dx_doc *d, int s0, int t)
{
	int			j,
				w = 0;

	for (j = s0; j < t && w < 2; j++)
	{
		if (d->text.toks[j].type != TK_WORD)
			continue;
		w++;
		if (dx_tok_gram(d, j) & GR_PERS3)
			return dx_tok_gram(d, j);
	}
	return 0;
}

static int
pronoun_sides(dx_doc *d, int s0, int t, event *ev, int *cap, int *pcap)
{
	int			p0;
	uint64_t	g = subject_pronoun(d, s0, t);

	/* 1 when the subject is such a pronoun (whatever was found), else 0 */
	if (!(g & GR_PERS3))
		return 0;
	if (s0 <= 0)
		return 1;
	p0 = dx_sentence_start(d, s0 - 1);
	if (g & (GR_MASC | GR_FEM))
	{
		const dx_ent *last = NULL;

		DX_FOR_MENTIONS(d, p0, s0, i)
			if (d->ments[i].kind == DX_PERSON && d->ments[i].entity >= 0)
			last = &d->ents[d->ments[i].entity];
		if (last && last->country)
			dx_add_str(d, &ev->countries, &ev->ncountries, cap, last->country);
	}
	else
		clause_countries(d, p0, s0, ev, cap, pcap);
	return 1;
}

/*
 * The members of a summit of fewer than three named states: the states of
 * the persons the sentence names ("на саммите ЕС канцлер Австрии Иван
 * Петров заявил"), not the states it names, which are often its topic.
 */
static void
summit_members(dx_doc *d, int s0, int s1, event *ev, int *cap, int *pcap)
{
	DX_FOR_MENTIONS(d, s0, s1, i)
	{
		const dx_ment *m = &d->ments[i];
		const dx_ent *e;

		if (m->t1 > s1 || m->entity < 0 || m->kind != DX_PERSON)
			continue;
		e = &d->ents[m->entity];
		if (e->country && !body_official(d, m, s0, s1))
		{
			dx_add_str(d, &ev->countries, &ev->ncountries, cap, e->country);
			dx_add_str(d, &ev->persons, &ev->npersons, pcap, e->name);
		}
	}
}

/*
 * "саммит НАТО с участием президента США Ивана Петрова, ...": the end of
 * the phrase that names the members of the summit told by s, the list of
 * "с участием ..." up to a punctuation mark that no further name follows;
 * s->t1 when the word has no such phrase.  s1 is the end of the sentence.
 */
static int
participants_end(const dx_doc *d, const dx_span *s, int s1)
{
	int			j;

	for (j = s->t1; j + 1 < s1 && j <= s->t1 + 5; j++)
	{
		if (d->text.toks[j].type != TK_WORD)
			return s->t1;
		if ((dx_tok_gram(d, j) & GR_P_S) && dx_tok_has_cue(d, j + 1, CUE_PARTICIPATION))
			break;
	}
	if (j + 1 >= s1 || j > s->t1 + 5)
		return s->t1;
	for (j += 2; j < s1; j++)
		if (d->text.toks[j].type == TK_PUNCT &&
			!(dx_tok_punct(&d->text.toks[j], ',') && j + 1 < s1 &&
			  dx_span_kind_at(d, j + 1) == LK_COUNTRY))
			break;
	return j;
}

/*
 * Is token j a capitalised word (not first in its sentence) that names
 * nothing the engine knows, or a place of one word?
 */
static int
unknown_name(const dx_doc *d, int j)
{
	const dx_tok *t = &d->text.toks[j];

	if (t->type != TK_WORD || !(t->flags & TF_CAP) || (t->flags & TF_FIRST) || (t->flags & TF_LAT) || d->tokname[j] >= 0)
		return 0;
	/* a place of one word: Тирасполь, Сухум */
	DX_FOR_MENTIONS(d, j, j + 1, i)
		if (d->ments[i].kind == DX_LOCATION && d->ments[i].t0 == j && d->ments[i].t1 == j + 1)
		return 1;
	return dx_span_kind_at(d, j) == LK_NONE && d->tokment[j] < 0;
}

/*
 * "Белград и Приштина начали переговоры", "Кишинёв и Тирасполь": a state
 * and a place the engine knows as no state, joined by и before the talks
 * word, are the two sides; the talks keep the one state.
 */
static const char *
territory_side(const dx_doc *d, int s0, int t)
{
	int			j;

	for (j = s0 + 1; j + 1 < t; j++)
	{
		const char *c;

		if (!(dx_tok_gram(d, j) & GR_AND))
			continue;
		c = NULL;
		DX_FOR_MENTIONS(d, j - 1, j, i)
			if (d->ments[i].kind == DX_COUNTRY && d->ments[i].t1 == j && d->ments[i].entity >= 0)
			c = d->ents[d->ments[i].entity].code;
		if (c && unknown_name(d, j + 1) && (j + 2 >= t || !(d->text.toks[j + 2].flags & TF_CAP)))
			return c;
		c = NULL;
		DX_FOR_MENTIONS(d, j + 1, j + 2, i)
			if (d->ments[i].kind == DX_COUNTRY && d->ments[i].t0 == j + 1 && d->ments[i].entity >= 0)
			c = d->ents[d->ments[i].entity].code;
		if (c && unknown_name(d, j - 1) && (j - 2 < s0 || !(d->text.toks[j - 2].flags & TF_CAP)))
			return c;
	}
	return NULL;
}

/*
 * The sides of talks, a summit or a briefing told by a noun: 1 to push the
 * event, 0 for none, 2 when its bilateral meetings were pushed one by one,
 * -1 out of memory.
 */
static int
noun_meeting(dx_doc *d, event_set *set, const dx_span *s, int s0, int s1, event *ev,
			 int *cap, int *pcap)
{
	const char *territory = NULL;	/* territory_side of talks with fewer than two states */

	/* a union's or firms' negotiations are no talks between states */
	if (dx_sides_of(d, s0, s1) == SIDES_COMPANY)
		return 0;
	if (ev->type == EV_SUMMIT)
	{
		int			pe = participants_end(d, s, s1);

		/* "саммит НАТО с участием президента США": its members only */
		if (pe > s->t1)
		{
			clause_countries(d, s->t1, pe, ev, cap, pcap);
			if (ev->ncountries > 0)
				return 1;
		}
		clause_countries(d, s0, s1, ev, cap, pcap);
	}
	else
	{
		int			pe = participants_end(d, s, s1);

		talks_countries(d, s, s0, s1, ev, cap, pcap);
		/* "переговоры по Карабаху с участием Армении и Азербайджана" */
		if (pe > s->t1)
			clause_countries(d, s->t1, pe, ev, cap, pcap);
	}
	/* "министры стран G7 провели встречу": a summit of states not named */
	if (ev->type == EV_TALKS && ev->ncountries < 2 && group_officials(d, s0, s->t0))
		ev->type = EV_SUMMIT;
	if (ev->type == EV_TALKS && ev->ncountries < 2 && setting_of_speech(d, s, s0, s1))
		return 0;
	/* "Белград и Приштина начали переговоры": the one state of the two sides */
	if (ev->type == EV_TALKS && ev->ncountries < 2 &&
		(territory = territory_side(d, s0, s->t0)) != NULL)
	{
		ev->ncountries = 0;
		dx_add_str(d, &ev->countries, &ev->ncountries, cap, territory);
	}
	if (ev->type != EV_SUMMIT && ev->ncountries < 2 &&
		!(ev->ncountries == 1 && (body_in(d, s0, s1) || official_of_body(d, s0, s1) ||
								  territory != NULL)))
	{
		if (!pronoun_sides(d, s0, s->t0, ev, cap, pcap))
			story_sides(d, set, s, s0, s1, ev, cap);
		else if (ev->ncountries < 2)
			ev->ncountries = 0;	/* no sides told: no guess */
	}
	/* "Они провели переговоры с ...": three states or more met, a summit */
	if (ev->type == EV_TALKS && ev->ncountries >= 3 && (subject_pronoun(d, s0, s->t0) & (GR_PERS3 | GR_MASC | GR_FEM)) == GR_PERS3)
		ev->type = EV_SUMMIT;
	if (ev->type == EV_TALKS && ev->ncountries >= 3 && !(s->t0 > 0 && dx_tok_has_cue(d, s->t0 - 1, CUE_BILATERAL)))
		ev->type = EV_SUMMIT;
	/* a briefing is joint: two states, or "совместная" */
	if (ev->type == EV_BRIEFING && ev->ncountries < 2 && !joint_word(d, s))
		return 0;
	if (ev->ncountries == 0 && ev->type != EV_SUMMIT)
		return 0;

	/*
	 * A summit of fewer than three named states: an organisation's (its
	 * states are not named) or one whose participants the story does not
	 * list.  Its members are then only the states of the persons the
	 * sentence names at it (none: its countries are empty); the states it
	 * names are most often its topic.
	 */
	if (ev->type == EV_SUMMIT && ev->ncountries < 3)
	{
		int			c2 = 0,
					p2 = 0;

		ev->ncountries = 0;
		ev->countries = NULL;
		ev->npersons = 0;
		ev->persons = NULL;
		summit_members(d, s0, s1, ev, &c2, &p2);
	}
	/* "провел двусторонние встречи с А и Б": talks with each */
	if (ev->type == EV_TALKS && ev->ncountries >= 3 && s->t0 > 0 &&
		dx_tok_has_cue(d, s->t0 - 1, CUE_BILATERAL))
	{
		int			r = split_bilateral(d, set, ev, s0, s->t0);

		if (r < 0)
			return -1;
		if (r > 0)
			return 2;
	}
	return 1;
}

/* the event an event word (a lexicon span of kind event) tells, if any */
static int
noun_event(dx_doc *d, event_set *set, const dx_span *s)
{
	dx_ev_type	type = dx_ev_type_of(dx_entry(d, s->entry)->code);
	event		ev;
	int			cap = 0,
				pcap = 0,
				s0,
				s1,
				r;

	if (type == EV_NONE || type == EV_SIGNING)
		return 0;				/* signings come from the agreements */
	if (no_event(d, s))
		return 0;
	memset(&ev, 0, sizeof(ev));
	ev.type = type;
	ev.status = event_status(d, s->t0);
	s0 = dx_sentence_start(d, s->t0);
	s1 = dx_sentence_end(d, s->t0);
	ev.sentence = d->text.toks[s->t0].sent + 1;
	ev.start = d->text.toks[s->t0].c0;
	ev.end = d->text.toks[s->t1 - 1].c1;
	if (type == EV_VISIT)
		r = noun_visit(d, s, s0, s1, &ev, &cap, &pcap);
	else
		r = noun_meeting(d, set, s, s0, s1, &ev, &cap, &pcap);
	if (r != 1)
		return r < 0 ? -1 : 0;
	if (ev.location == NULL)
	{
		const char *loc = NULL;

		host_after(d, s0, s1, &loc);
		ev.location = loc;
	}
	if (push_event(d, set, &ev) != 0)
		return -1;
	return type == EV_VISIT ? co_guests(d, set, &ev, s0, s1) : 0;
}

/* events told by event words: визит, переговоры, саммит, брифинг */
static int
noun_events(dx_doc *d, event_set *set)
{
	int			k;

	for (k = 0; k < d->nspans && !DX_POLL(d, k); k++)
		if (d->spans[k].kind == LK_EVENT && noun_event(d, set, &d->spans[k]) != 0)
			return -1;
	return 0;
}

/* an event of a type told by the verb at token i: its status and place in the text */
static void
verb_event_at(dx_doc *d, event *ev, dx_ev_type type, int i)
{
	memset(ev, 0, sizeof(*ev));
	ev->type = type;
	ev->status = event_status(d, i);
	ev->sentence = d->text.toks[i].sent + 1;
	ev->start = d->text.toks[i].c0;
	ev->end = d->text.toks[i].c1;
}

/* talks and calls told by verbs: встретились, провели переговоры, созвонились */
static int
verb_talks(dx_doc *d, event_set *set, int i, ev_verb verb)
{
	event		ev;
	int			cap = 0,
				pcap = 0,
				s0,
				s1,
				j;
	dx_span		fake;

	if ((d->text.toks[i].flags & TF_CAP) || dx_span_kind_at(d, i) == LK_EVENT)
		return 0;
	s0 = dx_sentence_start(d, i);
	s1 = dx_sentence_end(d, i);
	/* an event noun in the clause tells the story already */
	for (j = i + 1; j < s1 && j <= i + 3; j++)
		if (dx_span_kind_at(d, j) == LK_EVENT)
			return 0;
	verb_event_at(d, &ev, verb == VB_CALL ? EV_PHONE_CALL : EV_TALKS, i);
	fake.t0 = i;
	fake.t1 = i + 1;
	talks_countries(d, &fake, s0, s1, &ev, &cap, &pcap);
	/* "Они встретились с ...": the sides of the sentence before */
	if (ev.ncountries < 2 && group_officials(d, s0, i))
	{
		/* "министры обороны стран НАТО встретились": a summit */
		ev.type = EV_SUMMIT;
		ev.ncountries = 0;
		ev.npersons = 0;
		cap = pcap = 0;
		ev.countries = NULL;
		ev.persons = NULL;
		summit_members(d, s0, s1, &ev, &cap, &pcap);
		host_after(d, i + 1, s1 < i + 6 ? s1 : i + 6, &ev.location);
		return push_event(d, set, &ev);
	}
	if (ev.ncountries < 2)
		pronoun_sides(d, s0, i, &ev, &cap, &pcap);
	/* "встретился с генсеком НАТО X": talks of one state with a body's official */
	if (ev.ncountries < 2 && !(ev.ncountries == 1 && official_of_body(d, s0, s1) && body_in(d, s0, s1)))
		return 0;
	/* "министры Латвии, Литвы и Эстонии встретились": a multilateral meeting */
	if (ev.type == EV_TALKS && ev.ncountries >= 3)
		ev.type = EV_SUMMIT;
	/* "встретились в Пекине": the city after the verb is the place */
	if (ev.type != EV_PHONE_CALL)
		host_after(d, i + 1, s1 < i + 6 ? s1 : i + 6, &ev.location);
	return push_event(d, set, &ev);
}

/* visits told by verbs: посетил Баку, прибыл в Азербайджан */
static int
verb_visit(dx_doc *d, event_set *set, int i, ev_verb verb)
{
	event		ev;
	int			cap = 0,
				pcap = 0,
				s0,
				s1;
	const char *loc = NULL,
			   *host,
			   *guest = NULL;
	int			j;

	(void) verb;
	s0 = dx_sentence_start(d, i);
	s1 = dx_sentence_end(d, i);
	host = host_after(d, i, s1 < i + 6 ? s1 : i + 6, &loc);
	/* the object: "посетил Баку", "посетил с визитом Москву" */
	for (j = i + 1; host == NULL && j < s1 && j <= i + 4; j++)
	{
		const dx_span *s = d->tokspan[j] >= 0 ? &d->spans[d->tokspan[j]] : NULL;

		if (d->text.toks[j].type == TK_PUNCT)
			break;
		if (s && (s->kind == LK_COUNTRY || s->kind == LK_CAPITAL || s->kind == LK_CITY))
		{
			host = dx_entry(d, s->entry)->code;
			if (s->kind != LK_COUNTRY)
				loc = dx_entry(d, s->entry)->name;
		}
	}
	/* the visitor: the nearest person before the verb, else an office or a delegation */
	for (j = i - 1; j >= s0 && guest == NULL; j--)
		if (d->tokperson[j] >= 0 && visitor_state(d, d->tokperson[j]) && person_may_be_subject(d, j))
			guest = visitor_state(d, d->tokperson[j]);
	/* "Затем он посетит Австрию": the first person of the sentence before */
	if (guest == NULL && host != NULL && s0 > 0 &&
		(subject_pronoun(d, s0, i) & GR_PERS3) && (subject_pronoun(d, s0, i) & (GR_MASC | GR_FEM)))
	{
		DX_FOR_MENTIONS(d, dx_sentence_start(d, s0 - 1), s0, m)
			if (guest == NULL && d->ments[m].kind == DX_PERSON && d->ments[m].entity >= 0 &&
				visitor_state(d, d->ments[m].entity))
			guest = visitor_state(d, d->ments[m].entity);
		if (guest == NULL)
			return 0;
	}
	if (guest == NULL && host != NULL)
		guest = unnamed_visitor(d, s0, i, host);
	if (host == NULL || guest == NULL || strcmp(host, guest) == 0)
		return 0;
	verb_event_at(d, &ev, EV_VISIT, i);
	ev.guest = guest;
	ev.host = host;
	ev.location = loc;
	dx_add_str(d, &ev.countries, &ev.ncountries, &cap, guest);
	dx_add_str(d, &ev.countries, &ev.ncountries, &cap, host);
	clause_countries(d, s0, s1, &ev, &cap, &pcap);
	ev.ncountries = 2;
	if (push_event(d, set, &ev) != 0)
		return -1;
	return co_guests(d, set, &ev, s0, s1);
}

/*
 * The person a verb of receiving at token i receives: the first words after
 * it ("принял министра иностранных дел Турции X", "был принят президентом
 * X"), past a place with "в" ("принял в Астане ..."), are an office or a
 * name; -1 when they are none ("принял решение", "принял отставку X").
 */
static int
received_person(const dx_doc *d, int i, int s1)
{
	int			j = i + 1,
				k;

	if (j + 1 < s1 && (dx_tok_gram(d, j) & GR_P_V) && d->tokperson[j + 1] < 0 &&
		(d->text.toks[j + 1].flags & TF_CAP))
		j = d->tokspan[j + 1] >= 0 ? d->spans[d->tokspan[j + 1]].t1 : j + 2;
	for (k = j; k < s1 && k < j + 8; k++)
	{
		if (d->tokperson[k] >= 0)
			return d->tokperson[k];
		if (dx_span_kind_at(d, k) != LK_OFFICE && (k == j || (dx_span_kind_at(d, k) != LK_COUNTRY &&
															  dx_span_kind_at(d, k) != LK_ORG)))
			return -1;
	}
	return -1;
}

/*
 * Talks told by a reception: "Президент Казахстана X принял в Астане
 * министра иностранных дел Турции Y", "Y был принят президентом X".  The
 * verb of adopting (kind verb, code adopt) receives a person of another
 * state than the person who is its subject.
 */
static int
receptions(dx_doc *d, event_set *set)
{
	int			i;

	for (i = 1; i < d->text.ntoks && !DX_POLL(d, i); i++)
	{
		const char *code = dx_verb_code(d, i);
		const char *low = d->text.toks[i].low;
		int			s0,
					s1,
					host = -1,
					guest,
					j,
					cap = 0,
					pcap = 0;
		const char *state;
		event		ev;

		if (code == NULL || strcmp(code, "adopt") != 0 || (d->text.toks[i].flags & TF_CAP) ||
			(dx_morph_may_be(d->lex, low, strlen(low), DX_G(VERB)) != 1 &&
			 dx_morph_may_be(d->lex, low, strlen(low), DX_G(PRTS)) != 1))
			continue;
		s0 = dx_sentence_start(d, i);
		s1 = dx_sentence_end(d, i);
		guest = received_person(d, i, s1);
		if (guest < 0 || visitor_state(d, guest) == NULL)
			continue;
		/* the subject: the nearest person before the verb, in its clause */
		for (j = i - 1; j >= s0 && d->text.toks[j].type != TK_PUNCT && host < 0; j--)
			if (d->tokperson[j] >= 0 && person_may_be_subject(d, j))
				host = d->tokperson[j];
		/* else the state of the office that opens the clause: "Президент Казахстана X принял" */
		state = host >= 0 ? visitor_state(d, host) : unnamed_visitor(d, s0, i, visitor_state(d, guest));
		if (state == NULL || strcmp(state, visitor_state(d, guest)) == 0)
			continue;
		verb_event_at(d, &ev, EV_TALKS, i);
		dx_add_str(d, &ev.countries, &ev.ncountries, &cap, state);
		dx_add_str(d, &ev.countries, &ev.ncountries, &cap, visitor_state(d, guest));
		if (host >= 0)
			dx_add_str(d, &ev.persons, &ev.npersons, &pcap, d->ents[host].name);
		dx_add_str(d, &ev.persons, &ev.npersons, &pcap, d->ents[guest].name);
		if (push_event(d, set, &ev) != 0)
			return -1;
	}
	return 0;
}

typedef int (*verb_step) (dx_doc *d, event_set *set, int tok, ev_verb verb);

/*
 * "министры иностранных дел стран ЕС собрались в Брюсселе", "лидеры ...
 * съедутся": a verb of gathering whose subject is officials, an office in
 * the plural nominative before it in its sentence, tells a meeting;
 * "собрались ввести санкции" tells a plan, "протестующие собрались у
 * посольства" no meeting of states.
 */
static int
gathered(const dx_doc *d, int i)
{
	int			j;

	if (!dx_tok_has_cue(d, i, CUE_GATHER) || (d->text.toks[i].flags & TF_CAP) ||
		(i + 1 < d->text.ntoks && dx_infinitive(&d->text.toks[i + 1])))
		return 0;
	for (j = dx_sentence_start(d, i); j < i; j++)
	{
		const char *low = d->text.toks[j].low;

		if (dx_span_kind_at(d, j) == LK_OFFICE && d->spans[d->tokspan[j]].t0 == j &&
			!dx_tok_has_cue(d, j, CUE_SPOKESMAN) &&
			dx_morph_may_be(d->lex, low, strlen(low), DX_G(plur) | DX_G(nomn)) == 1)
			return 1;
	}
	return 0;
}

/*
 * "обсудили по телефону", "переговорил по телефону", "по телефону
 * обсудили": a verb of meeting or of discussing (kind verb, code negotiate)
 * with "по телефону" next to it, in its clause, tells a phone call.
 */
static int
by_phone(const dx_doc *d, int i)
{
	const char *c = dx_verb_code(d, i);
	const char *low = d->text.toks[i].low;
	int			s0,
				s1,
				j;

	if (c == NULL || (d->text.toks[i].flags & TF_CAP) ||
		(strcmp(c, "negotiate") != 0 && verb_at(d, i) != VB_MEET) ||
		(dx_morph_may_be(d->lex, low, strlen(low), DX_G(VERB)) != 1 &&
		 dx_morph_may_be(d->lex, low, strlen(low), DX_G(GRND)) != 1))
		return 0;
	s0 = dx_sentence_start(d, i);
	s1 = dx_sentence_end(d, i);
	for (j = i + 1; j + 1 < s1 && j <= i + 5 && d->text.toks[j].type != TK_PUNCT; j++)
		if ((dx_tok_gram(d, j) & GR_P_PO) && dx_tok_has_cue(d, j + 1, CUE_PHONE))
			return 1;
	for (j = i - 1; j >= s0 && j >= i - 2 && d->text.toks[j].type != TK_PUNCT; j--)
		if ((dx_tok_gram(d, j) & GR_P_PO) && dx_tok_has_cue(d, j + 1, CUE_PHONE))
			return 1;
	return 0;
}

/*
 * The events told by the verbs of classes a and b, in the order of the text:
 * step reads one from the verb at a token.
 */
static int
verb_events(dx_doc *d, event_set *set, ev_verb a, ev_verb b, verb_step step)
{
	int			i;

	for (i = 0; i < d->text.ntoks && !DX_POLL(d, i); i++)
	{
		ev_verb		v = verb_at(d, i);

		if (b == VB_CALL && by_phone(d, i))
			v = VB_CALL;
		/* "министры собрались в Брюсселе": a meeting; "собрались ввести" is a plan */
		else if (b == VB_CALL && v == VB_NONE && gathered(d, i))
			v = VB_MEET;
		if ((v == a || v == b) && step(d, set, i, v) != 0)
			return -1;
	}
	return 0;
}

/* talks told in several sentences: a set inside another is the same talks */
static void
merge_nested_talks(event_set *set)
{
	int			k,
				j;

	for (k = 0; k < set->n; k++)
	{
		for (j = 0; j < set->n; j++)
		{
			event	   *a = &set->v[k],
					   *b = &set->v[j];
			int			x,
						inside = 1;

			if (j == k || a->type != b->type || a->type != EV_TALKS || a->ncountries > b->ncountries)
				continue;
			for (x = 0; x < a->ncountries; x++)
				if (!dx_strs_has(b->countries, b->ncountries, a->countries[x]))
					inside = 0;
			if (!inside || a->ncountries < 2)
				continue;
			/* b holds a; keep a (the narrower reading), drop b */
			if (b->status == ES_OCCURRED)
				a->status = ES_OCCURRED;
			memmove(b, b + 1, sizeof(*b) * (set->n - j - 1));
			set->n--;
			if (j < k)
				k--;
			j = -1;
		}
	}
}

/*
 * A summit whose participants are not named where it is told ("В Душанбе
 * прошел саммит СНГ"), in a story that names those of one summit elsewhere
 * (after merge_partial_summits, one or more members),
 * is that summit: it keeps the place, and the state of the place, its host,
 * takes part.  Returns the index of that summit, -1 when the story names
 * the participants of none or of several.
 */
static int
merge_unnamed_summits(dx_doc *d, event_set *set)
{
	int			named = -1,
				nnamed = 0,
				j,
				k;

	for (k = 0; k < set->n; k++)
		if (set->v[k].type == EV_SUMMIT && set->v[k].ncountries >= 1)
		{
			named = k;
			nnamed++;
		}
	if (nnamed != 1)
		return -1;
	for (k = 0; k < set->n; k++)
	{
		event	   *a = &set->v[k],
				   *b = &set->v[named];

		if (a->type != EV_SUMMIT || a->ncountries > 0 || a->status != b->status)
			continue;
		if (b->location == NULL && a->location != NULL)
		{
			int			cap = b->ncountries;
			const char *host = place_state(d, a->location);

			b->location = a->location;
			if (host && !dx_strs_has(b->countries, b->ncountries, host))
			{
				dx_add_str(d, &b->countries, &b->ncountries, &cap, host);
				qsort(b->countries, b->ncountries, sizeof(char *), cmp_str);
			}
		}
		for (j = 0; j < a->npersons; j++)
		{
			int			pcap = b->npersons;

			dx_add_str(d, &b->persons, &b->npersons, &pcap, a->persons[j]);
		}
		memmove(a, a + 1, sizeof(*a) * (set->n - k - 1));
		set->n--;
		if (named > k)
			named--;
		k--;
	}
	return named;
}

/*
 * Summits told with one or two members each, in several sentences ("на
 * саммите ЕС канцлер Австрии заявил", "по итогам саммита премьер Швеции
 * сказал"): the members of one summit, told one by one; they are one
 * summit with all of them.
 */
static void
merge_partial_summits(dx_doc *d, event_set *set)
{
	int			first = -1,
				k,
				j;

	for (k = 0; k < set->n; k++)
	{
		event	   *a = &set->v[k],
				   *b;
		int			cap,
					pcap;

		if (a->type != EV_SUMMIT || a->ncountries == 0 || a->ncountries >= 3)
			continue;
		if (first < 0)
		{
			first = k;
			continue;
		}
		b = &set->v[first];
		cap = b->ncountries;
		pcap = b->npersons;
		for (j = 0; j < a->ncountries; j++)
			dx_add_str(d, &b->countries, &b->ncountries, &cap, a->countries[j]);
		for (j = 0; j < a->npersons; j++)
			dx_add_str(d, &b->persons, &b->npersons, &pcap, a->persons[j]);
		if (a->status == ES_OCCURRED)
			b->status = ES_OCCURRED;
		qsort(b->countries, b->ncountries, sizeof(char *), cmp_str);
		memmove(a, a + 1, sizeof(*a) * (set->n - k - 1));
		set->n--;
		k--;
	}
}

/*
 * "Председательствовал на встрече Президент Таджикистана Эмомали Рахмон",
 * "под председательством ...": the chair, told in a sentence of its own,
 * takes part in the story's summit b.
 */
static void
summit_chair(dx_doc *d, event *b)
{
	int			k;

	for (k = 0; k < d->text.ntoks; k++)
	{
		int			s0,
					s1,
					cap = b->ncountries,
					pcap = b->npersons,
					before = b->ncountries;

		if (!dx_tok_has_cue(d, k, CUE_CHAIRING))
			continue;
		s0 = dx_sentence_start(d, k);
		s1 = dx_sentence_end(d, k);
		DX_FOR_MENTIONS(d, s0, s1, j)
		{
			const dx_ment *m = &d->ments[j];
			const dx_ent *e;

			if (m->t0 < s0 || m->t1 > s1 || m->entity < 0 || m->kind != DX_PERSON)
				continue;
			e = &d->ents[m->entity];
			if (e->country == NULL)
				continue;
			dx_add_str(d, &b->persons, &b->npersons, &pcap, e->name);
			dx_add_str(d, &b->countries, &b->ncountries, &cap, e->country);
		}
		if (b->ncountries != before)
			qsort(b->countries, b->ncountries, sizeof(char *), cmp_str);
		k = s1 - 1;
	}
}

/* one signing per distinct set of states of the signed agreements */
static int
signings(dx_doc *d, event_set *set)
{
	int			k;

	for (k = 0; k < d->nagrs; k++)
	{
		const dx_agreement *g = &d->agrs[k];
		event		ev;
		int			cap = 0,
					pcap = 0,
					x;

		if (!agreement_signed(g) || statement_of_one(g))
			continue;
		memset(&ev, 0, sizeof(ev));
		ev.type = EV_SIGNING;
		ev.status = ES_OCCURRED;
		for (x = 0; x < g->nparties; x++)
			if (strlen(g->parties[x]) == 2 && g->parties[x][0] >= 'A' && g->parties[x][0] <= 'Z')
				dx_add_str(d, &ev.countries, &ev.ncountries, &cap, g->parties[x]);
		if (ev.ncountries == 0)
			continue;
		for (x = 0; x < g->nsignatories; x++)
			dx_add_str(d, &ev.persons, &ev.npersons, &pcap, g->signatories[x]);
		ev.sentence = g->sentence;
		ev.start = g->start;
		ev.end = g->end;
		if (push_event(d, set, &ev) != 0)
			return -1;
	}
	return 0;
}

int
dx_find_events(dx_doc *d)
{
	event_set	set = {NULL, 0, 0};
	int			summit;

	if (noun_events(d, &set) != 0 ||
		verb_events(d, &set, VB_MEET, VB_CALL, verb_talks) != 0 ||
		verb_events(d, &set, VB_VISIT, VB_VISIT, verb_visit) != 0 ||
		receptions(d, &set) != 0)
		return -1;
	merge_nested_talks(&set);
	merge_partial_summits(d, &set);
	summit = merge_unnamed_summits(d, &set);
	if (summit >= 0)
		summit_chair(d, &set.v[summit]);
	if (signings(d, &set) != 0 || publish(d, &set) != 0)
		return -1;
	return d->a->failed ? -1 : 0;
}
