/* lexicon.c - building the lexicon from rows and indexing every inflected form. */
#include "lexicon.h"
#include "morph.h"
#include "text.h"
#include "grammar.h"
#include "hash.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const kind_names[LK__COUNT] = {
	"", "country", "country_adj", "capital", "city", "region", "org", "org_head",
	"person", "given_name", "office", "doc_type", "event", "currency", "verb", "org_type", "former_state", "surname",
	"cue"
};

/* a form keeps its classes in a bit set (dx_flex.cues) */
_Static_assert(CUE__COUNT <= 64 * DX_CUE_WORDS, "cue classes must fit in a dx_cueset");

static const char *const cue_names[CUE__COUNT] = {
	"future", "plan_strong", "plan", "modal", "in_force", "want", "weak_adj", "cancel",
	"audience", "propose", "firm", "place_noun", "rank", "latin_stop", "latin_thing", "abbr_stop",
	"ros_word", "company_head", "delegation", "sides", "joint", "name_particle",
	"zero_gen_plural", "place_context", "domain", "male_name_in_a", "said_doc", "doubt",
	"future_adj", "sidelines", "participation", "conversation", "frame", "bilateral", "chairing",
	"delegation_noun", "year_word", "term", "field_noun", "took_place", "draft", "both_sides",
	"party_noun", "organ", "office_generic", "office_topic", "by_words", "opinion",
	"foreign_affairs", "geo_noun", "body_prefix", "place_head", "about_trade", "about_investment",
	"about_credit", "about_aid", "about_contract", "about_budget", "about_debt",
	"about_sanctions", "trade_union", "link_verb", "post_noun", "former", "named_after",
	"street_noun", "aide", "private_doc", "speech_noun", "spokesman", "source_noun",
	"office_rank", "legal_form", "off_earth", "appointed", "source_word", "call_verb",
	"sport_role", "world_side", "name_link", "city_status", "prospect", "po_clause", "phone",
	"gather", "state_word", "title", "holds_post", "now_adverb", "replace_verb", "profession",
	"topic_body", "enter_post", "still_adverb", "appoint_verb", "duty_noun", "head_verb",
	"honorific", "honorific_person", "honorific_woman", "honorific_abbr", "capacity",
	"body_abbr", "party_member", "leave_verb", "church_title",
	"successor_noun",
	"time_noun",
	"body_post", "no_post",
	"colleague",
	"own_adj",
	"lead_verb",
	"named_for"
};

int
dx_cue_class(const char *code)
{
	int			i;

	if (code == NULL)
		return -1;
	for (i = 0; i < CUE__COUNT; i++)
		if (strcmp(code, cue_names[i]) == 0)
			return i;
	return -1;
}

const char *
dx_cue_name(int cue)
{
	return cue >= 0 && cue < CUE__COUNT ? cue_names[cue] : NULL;
}

/*
 * A digest of the class names in their order: an image stores each cue
 * row's class by number, so an image written by a build with other classes
 * (one added or moved) must be refused, not read with the wrong numbers.
 */
uint64_t
dx_cue_names_digest(void)
{
	uint64_t	h = DX_FNV64_BASIS;
	int			i;

	/* each name with its NUL, so that moving a letter between names counts */
	for (i = 0; i < CUE__COUNT; i++)
		h = dx_fnv1a64_from(h, cue_names[i], strlen(cue_names[i]) + 1);
	return h;
}

lex_kind
dx_lex_kind(const char *name)
{
	int			i;

	if (name == NULL)
		return LK_NONE;
	for (i = 1; i < LK__COUNT; i++)
		if (strcmp(name, kind_names[i]) == 0 && i != LK_SURNAME)
			return (lex_kind) i;
	return LK_NONE;
}

static uint32_t
hash_str(const char *s, int len)
{
	uint32_t	h = dx_fnv1a(s, (size_t) len);

	return h ? h : 1;
}

/* bytes of the first two characters of a UTF-8 string, 0 if it has fewer */
static int
lead2_len(const char *s)
{
	int			n = 0,
				nch = 0;

	while (s[n])
	{
		if (((unsigned char) s[n] & 0xC0) != 0x80 && ++nch == 3)
			return n;
		n++;
	}
	return nch == 2 ? n : 0;
}

static uint32_t
lead2_bit(const char *s, int n)
{
	return hash_str(s, n) & 4095;
}

dx_lexicon *
dx_lexicon_create(void)
{
	dx_lexicon *lex = calloc(1, sizeof(dx_lexicon));

	if (lex == NULL)
		return NULL;
	dx_arena_init(&lex->arena);
	return lex;
}

void
dx_lexicon_free(dx_lexicon *lex)
{
	if (lex == NULL)
		return;
	dx_ocdict_close(lex->morph_dict);
	free(lex->form_cache);
	free(lex->parse_cache);
	dx_arena_free(&lex->arena);
	if (lex->image != NULL)
	{
		free(lex->entries);		/* entries and words: one block */
		if (lex->image_release)
			lex->image_release(lex->image, lex->image_len);
	}
	else
	{
		free(lex->slots);
		free(lex->posts);
		free(lex->keys);
	}
	free(lex);
}

size_t
dx_lexicon_size(const dx_lexicon *lex)
{
	return lex ? (size_t) lex->nentries : 0;
}

static const char *
dup_or_null(dx_arena *a, const char *s)
{
	if (s == NULL || s[0] == '\0')
		return NULL;
	return dx_strdup(a, s);
}

/*
 * Longest normalised word, in bytes: the forms built from a word (its
 * endings, the '*' of a prefix) must fit the 256-byte buffers of the index.
 * A term's length is checked on the row, but normalising may lengthen it
 * (a Latin look-alike letter becomes a two-byte Cyrillic one).
 */
#define LEX_WORD_MAX 200

/* 0, -1 when out of memory or no word, -2 when a word is too long */
static int
add_words(dx_lexicon *lex, lex_entry *e, const char *term)
{
	dx_text		t;
	dx_arena	tmp;
	int			i;
	size_t		len = strlen(term);
	int			prefix = 0;

	dx_arena_init(&tmp);
	if (len > 0 && term[len - 1] == '*')
	{
		prefix = 1;
		len--;
	}
	if (dx_tokenize(&tmp, term, len, &t, NULL, NULL) != 0)
	{
		dx_arena_free(&tmp);
		return -1;
	}
	/* checked before any word is kept, so that the caller can drop the entry */
	for (i = 0; i < t.ntoks; i++)
		if (strlen(t.toks[i].low) > LEX_WORD_MAX)
		{
			dx_arena_free(&tmp);
			return -2;
		}
	e->w0 = lex->nwords;
	e->nw = 0;
	for (i = 0; i < t.ntoks; i++)
	{
		lex_word   *w = DX_PUSH(&lex->arena, lex->words, lex->nwords, lex->cap_words);

		if (w == NULL)
		{
			dx_arena_free(&tmp);
			return -1;
		}
		w->low = dx_strdup(&lex->arena, t.toks[i].low);
		w->type = t.toks[i].type;
		w->cap = (t.toks[i].flags & TF_CAP) ? 1 : 0;
		w->allcaps = (t.toks[i].flags & TF_ALLCAPS) ? 1 : 0;
		w->prefix = (prefix && i == t.ntoks - 1) ? 1 : 0;
		e->nw++;
	}
	dx_arena_free(&tmp);
	return e->nw > 0 ? 0 : -1;
}

/* 0, -1 when out of memory or unreadable, -2 (entry not added) when a word is too long */
static int
add_entry(dx_lexicon *lex, lex_kind kind, const dx_lexrow *row, const char *term)
{
	lex_entry  *e = DX_PUSH(&lex->arena, lex->entries, lex->nentries, lex->cap_entries);
	int			rc;

	if (e == NULL)
		return -1;
	e->kind = (uint8_t) kind;
	e->cue = (int16_t) (kind == LK_CUE ? dx_cue_class(row->code) : -1);
	e->term = dx_strdup(&lex->arena, term);
	e->code = dup_or_null(&lex->arena, row->code);
	e->name = dup_or_null(&lex->arena, row->name);
	if (e->name == NULL)
		e->name = e->term;
	e->country = dup_or_null(&lex->arena, row->country);
	e->role = dup_or_null(&lex->arena, row->role);
	e->valid_from = row->valid_from;
	e->valid_to = row->valid_to;
	if (lex->arena.failed)
		return -1;
	rc = add_words(lex, e, term);
	if (rc == -2)
		lex->nentries--;
	return rc;
}

static int
add_row(dx_lexicon *lex, const dx_lexrow *row, char *err, size_t errlen)
{
	lex_kind	kind;
	const char *t;
	int			letters = 0;
	int			rc;

	if (row->term == NULL || row->term[0] == '\0')
	{
		snprintf(err, errlen, "lexicon row has an empty term");
		return -1;
	}
	if (strlen(row->term) > 200)
	{
		snprintf(err, errlen, "lexicon term is longer than 200 bytes");
		return -1;
	}
	for (t = row->term; *t; t++)
		if ((unsigned char) *t >= 0x80 || (*t >= 'A' && *t <= 'z') || (*t >= '0' && *t <= '9') ||
			*t == '$')
			letters++;
	if (letters == 0)
	{
		snprintf(err, errlen, "lexicon term \"%s\" has no letters", row->term);
		return -1;
	}
	kind = dx_lex_kind(row->kind);
	if (kind == LK_NONE)
		return 0;				/* unknown kinds are kept in SQL, unused here */
	if ((kind == LK_COUNTRY || kind == LK_COUNTRY_ADJ) &&
		(row->code == NULL || strlen(row->code) != 2))
	{
		snprintf(err, errlen, "%s row \"%s\" needs a two-letter ISO code", row->kind, row->term);
		return -1;
	}
	rc = add_entry(lex, kind, row, row->term);
	if (rc == -2)
	{
		snprintf(err, errlen, "lexicon term has a word longer than %d bytes once normalised",
				 LEX_WORD_MAX);
		return -1;
	}
	if (rc != 0)
	{
		snprintf(err, errlen, "out of memory or unreadable term \"%s\"", row->term);
		return -1;
	}
	/* a person is also found by surname alone */
	if (kind == LK_PERSON)
	{
		const lex_entry *p = &lex->entries[lex->nentries - 1];
		const lex_word *last = &lex->words[p->w0 + p->nw - 1];

		/*
		 * not by a surname of one letter (Ван И): alone, "И" is the
		 * conjunction or an initial (И. Петров)
		 */
		if (p->nw >= 2 && last->type == TK_WORD && dx_utf8_chars(last->low) > 1)
		{
			const char *sp = strrchr(row->term, ' ');

			if (sp && add_entry(lex, LK_SURNAME, row, sp + 1) != 0)
				return -1;
			if (sp)
				lex->entries[lex->nentries - 1].name = p->name;
		}
	}
	return 0;
}

int
dx_lexicon_add(dx_lexicon *lex, const dx_lexrow *row, char *err, size_t errlen)
{
	int			rc;

	if (lex == NULL || row == NULL || err == NULL || errlen == 0)
		return -1;
	err[0] = '\0';
	if (lex->finished)
	{
		snprintf(err, errlen, "lexicon already built");
		return -1;
	}
	rc = add_row(lex, row, err, errlen);
	if (rc != 0)
	{
		lex_reject *r = DX_PUSH(&lex->arena, lex->rejects, lex->nrejects, lex->cap_rejects);

		if (r != NULL)
		{
			r->row = lex->nrows;
			r->msg = dx_strdup(&lex->arena, err[0] ? err : "rejected by the engine");
		}
	}
	lex->nrows++;
	return rc;
}

int
dx_lexicon_nrejected(const dx_lexicon *lex)
{
	return lex ? lex->nrejects : 0;
}

const char *
dx_lexicon_rejected(const dx_lexicon *lex, int i, int *row)
{
	if (lex == NULL || i < 0 || i >= lex->nrejects)
		return NULL;
	*row = lex->rejects[i].row;
	return lex->rejects[i].msg;
}

/* ---------------------------------------------------------------- index */

static int
grow_slots(dx_lexicon *lex)
{
	uint32_t	n = lex->nslots ? lex->nslots * 2 : 1u << 14;
	lex_slot   *s = calloc(n, sizeof(lex_slot));
	uint32_t	i;

	if (s == NULL)
		return -1;
	for (i = 0; i < lex->nslots; i++)
	{
		lex_slot   *o = &lex->slots[i];
		uint32_t	j;

		if (o->key == 0)
			continue;
		j = o->hash & (n - 1);
		while (s[j].key)
			j = (j + 1) & (n - 1);
		s[j] = *o;
	}
	free(lex->slots);
	lex->slots = s;
	lex->nslots = n;
	return 0;
}

static lex_slot *
find_slot(const dx_lexicon *lex, const char *key, int len, uint32_t h)
{
	uint32_t	j;

	if (lex->nslots == 0)
		return NULL;
	j = h & (lex->nslots - 1);
	while (lex->slots[j].key)
	{
		const char *k = lex->keys + lex->slots[j].key - 1;

		if (lex->slots[j].hash == h && strncmp(k, key, len) == 0 && k[len] == '\0')
			return &lex->slots[j];
		j = (j + 1) & (lex->nslots - 1);
	}
	return &lex->slots[j];
}

typedef struct post_ctx
{
	dx_lexicon *lex;
	int			entry;
	int			word;
	int			failed;
} post_ctx;

static void
add_posting(const char *form, int len, void *arg)
{
	post_ctx   *c = arg;
	dx_lexicon *lex = c->lex;
	uint32_t	h = hash_str(form, len);
	lex_slot   *s;
	lex_posting *p;
	int			k;

	if (c->failed)
		return;
	if ((lex->nused + 1) * 2 > lex->nslots && grow_slots(lex) != 0)
	{
		c->failed = 1;
		return;
	}
	s = find_slot(lex, form, len, h);
	if (s->key == 0)
	{
		/* slots refer to their forms by a 32-bit offset */
		if (dx_reserve(&lex->keys, &lex->cap_keys, lex->nkeys + len + 1, 1 << 20,
					   UINT32_MAX) != 0)
		{
			c->failed = 1;
			return;
		}
		memcpy(lex->keys + lex->nkeys, form, len);
		lex->keys[lex->nkeys + len] = '\0';
		s->key = (uint32_t) lex->nkeys + 1;
		lex->nkeys += len + 1;
		s->hash = h;
		s->first = -1;
		lex->nused++;
	}
	/*
	 * The same (entry, word) once per form: the forms of one word are added
	 * one after the other, so a repeat can only be the newest posting.
	 */
	k = s->first;
	if (k >= 0 && lex->posts[k].entry == c->entry && lex->posts[k].word == c->word)
		return;
	if (lex->nposts >= lex->cap_posts)
	{
		int			ncap = lex->cap_posts ? lex->cap_posts * 2 : 4096;
		lex_posting *np = realloc(lex->posts, (size_t) ncap * sizeof(lex_posting));

		if (np == NULL)
		{
			c->failed = 1;
			return;
		}
		lex->posts = np;
		lex->cap_posts = ncap;
	}
	p = &lex->posts[lex->nposts];
	p->entry = c->entry;
	p->word = c->word;
	p->next = s->first;
	s->first = lex->nposts++;
}

static int
iso_slot(const char *code)
{
	if (code == NULL || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z' || code[2])
		return -1;
	return (code[0] - 'A') * 26 + (code[1] - 'A');
}

const char *
dx_lex_state_name(const dx_lexicon *lex, const char *code)
{
	int			k = iso_slot(code);

	return k >= 0 && lex->state_name[k] ? lex->state_name[k] : code;
}

/* the interrupt callback says stop; polled every POLL_EVERY steps of a loop */
#define POLL_EVERY 1024
static int
interrupted(const dx_lexicon *lex, int i)
{
	return lex->interrupt != NULL && i % POLL_EVERY == 0 && lex->interrupt(lex->interrupt_arg);
}

/* an open-addressing table of entry numbers, -1 empty: nslot a power of two */
static int *
entry_table(int n, int *nslot)
{
	int			size = 1;
	int		   *slot;
	int			i;

	while (size < n * 2)
		size *= 2;
	slot = malloc(sizeof(int) * size);
	if (slot == NULL)
		return NULL;
	for (i = 0; i < size; i++)
		slot[i] = -1;
	*nslot = size;
	return slot;
}

/*
 * What the passes would otherwise look up row by row: the state name of every
 * ISO code, the office class of every person's role, and the chain of
 * entries that share a person's term (one person, several offices in turn).
 * Linear in the entries: offices are found by name through a hash table.
 * 0, -1 when out of memory, -2 when interrupted.
 */
static int
link_entries(dx_lexicon *lex)
{
	int			i,
				j;
	int			nslot;
	int		   *slot;

	/* the first office of each name, in file order */
	slot = entry_table(lex->nentries, &nslot);
	if (slot == NULL)
		return -1;
	for (i = 0; i < lex->nentries; i++)
	{
		lex_entry  *e = &lex->entries[i];
		uint32_t	h;

		if (e->kind != LK_OFFICE || e->name == NULL)
			continue;
		h = hash_str(e->name, (int) strlen(e->name)) & (nslot - 1);
		while (slot[h] >= 0 && strcmp(lex->entries[slot[h]].name, e->name) != 0)
			h = (h + 1) & (nslot - 1);
		if (slot[h] < 0)
			slot[h] = i;
	}
	for (i = 0; i < lex->nentries; i++)
	{
		lex_entry  *e = &lex->entries[i];
		int			k = iso_slot(e->code);

		if (interrupted(lex, i))
		{
			free(slot);
			return -2;
		}
		e->next_same = -1;
		e->first_same = i;
		if (e->kind == LK_COUNTRY && k >= 0 && lex->state_name[k] == NULL)
			lex->state_name[k] = e->name;
		if ((e->kind == LK_PERSON || e->kind == LK_SURNAME) && e->role)
		{
			uint32_t	h = hash_str(e->role, (int) strlen(e->role)) & (nslot - 1);

			while (slot[h] >= 0 && strcmp(lex->entries[slot[h]].name, e->role) != 0)
				h = (h + 1) & (nslot - 1);
			if (slot[h] >= 0)
				e->role_class = lex->entries[slot[h]].code;
		}
	}
	free(slot);

	slot = entry_table(lex->nentries, &nslot);
	if (slot == NULL)
		return -1;
	/* chain entries of the same kind and term, in file order */
	for (i = lex->nentries - 1; i >= 0; i--)
	{
		lex_entry  *e = &lex->entries[i];
		uint32_t	h;

		if (e->kind != LK_PERSON && e->kind != LK_SURNAME)
			continue;
		h = (hash_str(e->term, (int) strlen(e->term)) + e->kind) & (nslot - 1);
		while (slot[h] >= 0 && !(lex->entries[slot[h]].kind == e->kind &&
								 strcmp(lex->entries[slot[h]].term, e->term) == 0))
			h = (h + 1) & (nslot - 1);
		e->next_same = slot[h];
		slot[h] = i;
	}
	for (i = 0; i < nslot; i++)
		for (j = slot[i]; j >= 0; j = lex->entries[j].next_same)
			lex->entries[j].first_same = slot[i];
	free(slot);
	return 0;
}

/*
 * Lay each form's postings out together, in the order of its list.  The
 * lists were built by prepending while the entries were added in order, so
 * each is in descending (entry, word) order; check it, since lookups rely
 * on it.
 */
static int
compact_postings(dx_lexicon *lex)
{
	lex_posting *np = malloc(sizeof(lex_posting) * (lex->nposts + 1));
	int			n = 0;
	uint32_t	i;

	if (np == NULL)
		return -1;
	for (i = 0; i < lex->nslots; i++)
	{
		lex_slot   *s = &lex->slots[i];
		int			k,
					first = n;

		if (s->key == 0 || s->first < 0)
			continue;
		for (k = s->first; k >= 0; k = lex->posts[k].next)
		{
			if (n > first && (np[n - 1].entry < lex->posts[k].entry ||
							  (np[n - 1].entry == lex->posts[k].entry &&
							   np[n - 1].word <= lex->posts[k].word)))
			{
				free(np);
				return -1;
			}
			np[n] = lex->posts[k];
			np[n].next = n + 1;
			n++;
		}
		np[n - 1].next = -1;
		s->first = first;
	}
	free(lex->posts);
	lex->posts = np;
	lex->cap_posts = lex->nposts + 1;
	return 0;
}

/* does an analysis among p[0..n) make the word a name (given name, surname, patronymic)? */
static int
may_be_name(const dx_ocparse *p, int n)
{
	int			i;

	for (i = 0; i < n; i++)
		if (p[i].gram & (DX_G(Surn) | DX_G(Name) | DX_G(Patr)))
			return 1;
	return 0;
}

/*
 * The forms the OpenCorpora dictionary knows of a word of a place or an
 * organisation, added to those of the rules (dx_morph_forms), which miss
 * some (Польшей, Орле, Приднестровья): the forms of each noun lexeme whose
 * nominative the word is, a place's only where the dictionary knows it as
 * a place (Geox: not Солнце), singular only when sg.  Left out: a word that
 * may be a name (Пушкин), a form that may be a name's (Пушкина, of the town
 * Пушкино) or is a closed-class word (после, of посол).  Nothing without
 * the dictionary.
 */
static void
dict_forms(const dx_lexicon *lex, const char *low, int sg, int place,
		   void (*emit) (const char *, int, void *), void *arg)
{
	const dx_ocdict *dict = lex->morph_dict;
	dx_ocparse	p[16];
	int			n,
				i,
				k;

	if (dict == NULL)
		return;
	n = dx_ocdict_lookup(dict, low, strlen(low), p, 16);
	if (may_be_name(p, n))
		return;
	for (i = 0; i < n; i++)
	{
		int			nf;

		if (!(p[i].gram & DX_G(NOUN)) || !(p[i].gram & DX_G(nomn)) ||
			(place && !(p[i].gram & DX_G(Geox))))
			continue;
		nf = dx_ocdict_nforms(dict, &p[i]);
		for (k = 0; k < nf; k++)
		{
			char		buf[256];
			uint64_t	g = 0;
			int			len = dx_ocdict_form(dict, &p[i], k, buf, sizeof(buf), &g);
			int			x,
						o = 0;
			dx_ocparse	q[16];

			if (len <= 0 || (sg && (g & DX_G(plur))))
				continue;
			/* normalised as the text's forms are: ё as е */
			for (x = 0; x < len; x++)
			{
				if ((unsigned char) buf[x] == 0xD1 && x + 1 < len && (unsigned char) buf[x + 1] == 0x91)
				{
					buf[o++] = (char) 0xD0;
					buf[o++] = (char) 0xB5;
					x++;
				}
				else
					buf[o++] = buf[x];
			}
			buf[o] = '\0';
			if (dx_gram_word(buf) != 0 ||
				may_be_name(q, dx_ocdict_lookup(dict, buf, (size_t) o, q, 16)))
				continue;
			emit(buf, o, arg);
		}
	}
}

/* a prefix word (ending in '*'): indexed as itself, and known to the filters of dx_lex_prefixes */
static void
index_prefix(dx_lexicon *lex, const lex_word *w, post_ctx *c)
{
	char		key[256];
	int			n = snprintf(key, sizeof(key), "%s*", w->low);
	int			nch = dx_utf8_chars(w->low);

	if (n < 0 || n >= (int) sizeof(key))
		return;					/* refused by add_words; never here */
	add_posting(key, n, c);
	{
		uint32_t	bit = hash_str(key, n) & 65535;

		lex->prefix_bloom[bit >> 6] |= (uint64_t) 1 << (bit & 63);
	}
	if (lead2_len(w->low) > 0)
	{
		uint32_t	bit = lead2_bit(w->low, lead2_len(w->low));

		lex->prefix_lead[bit >> 6] |= (uint64_t) 1 << (bit & 63);
	}
	if (nch > lex->max_prefix)
		lex->max_prefix = nch;
}

/* word w of entry e under every form it may take in text */
static void
index_word(dx_lexicon *lex, const lex_entry *e, const lex_word *w, post_ctx *c)
{
	/*
	 * A place names one thing: "Северная территория" must not match
	 * "Северными территориями" (the Kurils), whatever the case of its words.
	 */
	int			proper = w->cap ? 1 :
		(e->kind == LK_CITY || e->kind == LK_REGION || e->kind == LK_CAPITAL) ? 2 : 0;

	if (w->prefix)
		index_prefix(lex, w, c);
	else if (w->type == TK_WORD && !w->allcaps &&
			 e->kind != LK_VERB && e->kind != LK_CUE)
	{
		dx_morph_forms(w->low, proper, add_posting, c);
		if (e->kind == LK_COUNTRY || e->kind == LK_CITY || e->kind == LK_REGION ||
			e->kind == LK_CAPITAL || e->kind == LK_ORG || e->kind == LK_ORG_HEAD)
			dict_forms(lex, w->low, proper != 0, e->kind != LK_ORG && e->kind != LK_ORG_HEAD,
					   add_posting, c);
		/*
		 * an office's head noun, first in its words: the forms of its
		 * paradigm the rules miss (посла, послом, послы of посол)
		 */
		if (e->kind == LK_OFFICE && w == &lex->words[e->w0] &&
			!(e->nw > 1 && lex->words[e->w0 + 1].type == TK_HYPHEN))
			dict_forms(lex, w->low, 0, 0, add_posting, c);
	}
	else if (w->type == TK_WORD && w->allcaps && strlen(w->low) >= 4 &&
			 e->kind != LK_CUE)
	{
		/* abbreviations read as nouns take endings: МИДа, МИДом */
		dx_abbr_forms(w->low, add_posting, c);
	}
	else
		add_posting(w->low, (int) strlen(w->low), c);
}

int
dx_lexicon_finish(dx_lexicon *lex)
{
	int			i,
				j,
				rc;
	post_ctx	c;

	if (lex == NULL)
		return -1;
	if (lex->finished)
		return 0;
	c.lex = lex;
	c.failed = 0;
	dx_lex_open_morph(lex);		/* for dict_forms */
	dx_lex_open_form_cache(lex);
	for (i = 0; i < lex->nentries && !c.failed; i++)
	{
		const lex_entry *e = &lex->entries[i];

		if (interrupted(lex, i))
			return -2;
		for (j = 0; j < e->nw; j++)
		{
			c.entry = i;
			c.word = j;
			index_word(lex, e, &lex->words[e->w0 + j], &c);
		}
	}
	if (c.failed || lex->arena.failed || compact_postings(lex) != 0)
		return -1;
	rc = link_entries(lex);
	if (rc != 0)
		return rc;
	lex->finished = 1;
	return 0;
}

void
dx_lexicon_set_interrupt(dx_lexicon *lex, int (*interrupt) (void *arg), void *arg)
{
	if (lex == NULL)
		return;
	lex->interrupt = interrupt;
	lex->interrupt_arg = arg;
}

int
dx_lex_lookup(const dx_lexicon *lex, const char *low, int len)
{
	lex_slot   *s = find_slot(lex, low, len, hash_str(low, len));

	return (s && s->key) ? s->first : -1;
}

void
dx_lex_prefixes(const dx_lexicon *lex, const char *low, void (*cb) (int, void *), void *arg)
{
	char		key[256];
	int			n = 0,
				nch = 0,
				lead;
	uint32_t	h = DX_FNV_BASIS;
	const char *s = low;

	if (lex->max_prefix == 0 || *low == '\0')
		return;
	/*
	 * A prefix of one character (a cue such as "г*") is looked up alone:
	 * the two-character filter below cannot know it.
	 */
	{
		int			c1 = 1;
		uint32_t	hk;
		lex_slot   *slot;

		while (low[c1] && ((unsigned char) low[c1] & 0xC0) == 0x80)
			c1++;
		memcpy(key, low, c1);
		key[c1] = '*';
		hk = hash_str(key, c1 + 1);
		if (lex->prefix_bloom[(hk & 65535) >> 6] & ((uint64_t) 1 << (hk & 63)))
		{
			int			k;

			slot = find_slot(lex, key, c1 + 1, hk);
			for (k = (slot && slot->key) ? slot->first : -1; k >= 0; k = lex->posts[k].next)
				cb(k, arg);
		}
	}
	if ((lead = lead2_len(low)) == 0)
		return;
	{
		uint32_t	bit = lead2_bit(low, lead);

		if (!(lex->prefix_lead[bit >> 6] & ((uint64_t) 1 << (bit & 63))))
			return;				/* no prefix starts so */
	}
	while (*s && nch < lex->max_prefix && n < 240)
	{
		int			k;
		uint32_t	hk;
		lex_slot   *slot;

		/* copy one character, hashing as we go: hash_str of key + '*' */
		do
		{
			h = (h ^ (unsigned char) *s) * DX_FNV_PRIME;
			key[n++] = *s++;
		} while (*s && ((unsigned char) *s & 0xC0) == 0x80);
		nch++;
		if (nch < 2)
			continue;
		hk = (h ^ (unsigned char) '*') * DX_FNV_PRIME;
		hk = hk ? hk : 1;
		if (!(lex->prefix_bloom[(hk & 65535) >> 6] & ((uint64_t) 1 << (hk & 63))))
			continue;
		key[n] = '*';
		slot = find_slot(lex, key, n + 1, hk);
		for (k = (slot && slot->key) ? slot->first : -1; k >= 0; k = lex->posts[k].next)
			cb(k, arg);
	}
}

/* ---------------------------------------------------------------- TSV files */

static int
parse_date(const char *s)
{
	int			y,
				m,
				d;

	if (s == NULL || *s == '\0')
		return 0;
	if (sscanf(s, "%4d-%2d-%2d", &y, &m, &d) != 3)
		return -1;
	return y * 10000 + m * 100 + d;
}

static int
load_file(dx_lexicon *lex, const char *path, char *err, size_t errlen)
{
	FILE	   *f = fopen(path, "r");
	char		line[4096];
	int			lineno = 0;

	if (f == NULL)
	{
		snprintf(err, errlen, "cannot open %s: %s", path, strerror(errno));
		return -1;
	}
	while (fgets(line, sizeof(line), f))
	{
		char	   *col[8];
		int			n = 0;
		char	   *p = line;
		dx_lexrow	row;
		char		e2[256];

		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '#' || line[0] == '\0')
			continue;
		col[n++] = p;
		while (*p && n < 8)
		{
			if (*p == '\t')
			{
				*p = '\0';
				col[n++] = p + 1;
			}
			p++;
		}
		while (n < 8)
			col[n++] = "";
		memset(&row, 0, sizeof(row));
		row.kind = col[0];
		row.term = col[1];
		row.code = col[2];
		row.name = col[3];
		row.country = col[4];
		row.role = col[5];
		row.valid_from = parse_date(col[6]);
		row.valid_to = parse_date(col[7]);
		if (row.valid_from < 0 || row.valid_to < 0)
		{
			snprintf(err, errlen, "%s:%d: bad date", path, lineno);
			fclose(f);
			return -1;
		}
		if (dx_lexicon_add(lex, &row, e2, sizeof(e2)) != 0)
		{
			snprintf(err, errlen, "%s:%d: %s", path, lineno, e2);
			fclose(f);
			return -1;
		}
	}
	fclose(f);
	return 0;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

int
dx_lexicon_load_dir(dx_lexicon *lex, const char *dir, char *err, size_t errlen)
{
	DIR		   *d = opendir(dir);
	struct dirent *de;
	char	   *names[256];
	int			n = 0,
				i,
				rc = 0;

	if (d == NULL)
	{
		snprintf(err, errlen, "cannot open lexicon directory %s: %s", dir, strerror(errno));
		return -1;
	}
	while ((de = readdir(d)) != NULL && n < 256)
	{
		size_t		l = strlen(de->d_name);

		if (l > 4 && strcmp(de->d_name + l - 4, ".tsv") == 0)
		{
			names[n] = malloc(strlen(dir) + l + 2);
			if (names[n] == NULL)
				break;
			sprintf(names[n], "%s/%s", dir, de->d_name);
			n++;
		}
	}
	closedir(d);
	qsort(names, n, sizeof(char *), cmp_str);
	for (i = 0; i < n; i++)
	{
		if (rc == 0)
			rc = load_file(lex, names[i], err, errlen);
		free(names[i]);
	}
	return rc;
}
