/* internal.h - the per-document state shared by the engine's passes. */
#ifndef DX_INTERNAL_H
#define DX_INTERNAL_H

#include "diplo.h"
#include "arena.h"
#include "text.h"
#include "lexicon.h"
#include "grammar.h"

/* a lexicon match over tokens [t0, t1) */
typedef struct dx_span
{
	int			t0,
				t1;
	int			entry;			/* index into lex->entries */
	uint8_t		kind;			/* lex_kind */
	int			adj_tok;		/* office: an adjective token inside, -1 */
} dx_span;

/* an entity under construction */
typedef struct dx_ent
{
	dx_kind		kind;
	const char *name;
	const char *code;			/* ISO code of a country */
	const char *country;
	const char *role;
	const char *role_class;		/* head_of_state, foreign_minister, ... */
	int			role_from_text;	/* the role was read in this story */
	const char *canonical;		/* organisation: the lexicon's name */
	const char *lex_code;		/* organisation: the lexicon's key (ЕС, НАТО) */
	int			name_is_abbr;	/* organisation named by an abbreviation */
	const char *surname;		/* person: lower-case nominative surname */
	const char *given;			/* person: lower-case given name, or NULL */
	int			gender;
	int			mentions;
	int			first_c;		/* first mention, characters */
	int			first_tok;
	const char **aliases;
	int			naliases;
	int			cap_aliases;
} dx_ent;

/* an internal mention: tokens [t0, t1) */
typedef struct dx_ment
{
	int			t0,
				t1;
	dx_kind		kind;
	dx_form		form;
	const char *normal;
	int			entity;
} dx_ment;

/*
 * What the lexicon says about one written form (dx_wform), looked up once per
 * document: every token of the form shares it.
 */
typedef struct dx_formlex
{
	int			post;			/* first posting of the form, -1 */
	int			verb;			/* cue verb entry of a word, -1 */
	int			orgtype;		/* organisation-type head entry, -1 */
	uint32_t	kinds;			/* 1 << kind of each one-word entry the form
								 * may be (word 0 of a one-word entry) */
	uint8_t		starts;			/* word 0 of an entity-layer entry */
	dx_cueset	cues;			/* the cue classes the form is of */
} dx_formlex;

/*
 * The entity index: entity numbers under string keys (a name, a state's
 * code, a surname, its first two letters), so that finding an entity costs
 * no pass over all of them.  Lists keep the order entities were added in.
 */
typedef struct dx_ixnode
{
	const char *key;			/* NULL: a free slot */
	int		   *ids;			/* the list when it has two or more */
	uint32_t	hash;
	uint32_t	keylen:24,
				tag:8;			/* DX_IX_* */
	int			nids;
	int			one;			/* the list when it has one */
} dx_ixnode;

#define DX_IX_NAME		0		/* + dx_kind: an entity's name, each one it had */
#define DX_IX_CODE		8		/* a state's ISO code */
#define DX_IX_SURNAME	9		/* a person's lower-case surname */
#define DX_IX_PREFIX	10		/* its first four bytes (two Cyrillic letters) */
#define DX_IX_GIVEN		11		/* a person's lower-case given name, each one */
#define DX_IX_CANONICAL	12		/* an organisation's or a place's lexicon name */
#define DX_IX_ROLE		13		/* a person's office class (agreements.c) */
#define DX_IX_STORY_SURNAME 14	/* a lexicon person's name: how the story names the surname (persons.c) */

/*
 * Most entities a lookup by a shared key (a surname, its first letters)
 * looks at: a story names far fewer persons than that.
 */
#define DX_IX_SCAN		64

typedef struct dx_doc
{
	dx_arena   *a;
	const dx_lexicon *lex;
	const dx_options *opts;
	int			stopped;		/* the interrupt callback asked to stop */
	unsigned	polls;			/* turns of polled loops (DX_POLL) */
	dx_text		text;
	int			published;
	int			nstory_years;	/* persons.c: the years the text writes as years
								 * (not targets), latest first, when published is
								 * 0; -1 not read yet */
	short		story_years[16];

	dx_formlex *flex;			/* per form of d->text.forms */
	dx_span    *spans;			/* chosen entity-layer spans, sorted */
	int			nspans,
				cap_spans;
	int		   *tokspan;		/* token -> index in spans, -1 */

	dx_ment    *ments;
	int			nments,
				cap_ments;
	dx_ent	   *ents;
	int			nents,
				cap_ents;
	dx_ixnode  *ix;				/* open addressing, a power of two */
	int			ix_cap,
				ix_n;
	int		   *tokperson;		/* token -> person entity, -1 */
	int		   *tokname;		/* token -> person entity named there by name, -1 */
	uint8_t    *tokorg;			/* token inside an organisation mention */
	int		   *tokment;		/* token -> first mention starting there, -1 */
	int		   *ment_next;		/* next mention starting at the same token */
	uint8_t    *tokquoted;		/* token inside a short quoted name («Блю Стрим») */
	uint8_t    *tokplace;		/* token named as a place by a generic noun (реки Славянки) */
	uint8_t    *tokbody;		/* token of a body's own name before its head's
								 * (партии Хизб-ут-Тахрир Омар Бакри) */
	int			story_surnames_done;	/* persons.c has filled DX_IX_STORY_SURNAME */

	int			main_country[2];	/* entity indexes of the story's two
									 * main states, -1 */
	int			main_weight[2];	/* their weights: 2 a mention, 1 a person of theirs */
	int			third_weight;	/* the weight of the next state */

	dx_agreement *agrs;
	int			nagrs,
				cap_agrs;
	dx_event   *evs;
	int			nevs,
				cap_evs;
	dx_amount  *amts;
	int			namts,
				cap_amts;
	dx_quote   *quotes;
	int			nquotes,
				cap_quotes;
} dx_doc;

/* lexicon.c helpers seen from the passes */
static inline const lex_entry *
dx_entry(const dx_doc *d, int e)
{
	return &d->lex->entries[e];
}

/* first lexicon posting of a token's form, -1 */
static inline int
dx_tpost(const dx_doc *d, int tok)
{
	return d->flex[d->text.toks[tok].form].post;
}

/* is token tok's form a cue word of class cue (lexicon kind "cue")? */
static inline int
dx_tok_has_cue(const dx_doc *d, int tok, dx_cue cue)
{
	return dx_cueset_has(&d->flex[d->text.toks[tok].form].cues, cue);
}

/*
 * the closed classes (GR_* of grammar.h) of token tok's form: those of
 * its whole-form row and of its prefix rows (dx_gram_word)
 */
static inline uint64_t
dx_tok_gram(const dx_doc *d, int tok)
{
	return d->text.forms[d->text.toks[tok].form].gram;
}

/* match.c */
/*
 * Is a word that is no token of the text (a name of an entity, a term) of a
 * cue class?  low is compared as the lexicon's forms are: normalised.
 */
int			dx_str_has_cue(const dx_lexicon *lex, const char *low, dx_cue cue);
/* has a word of words, split at spaces (a role: "заместитель министра"), a cue class? */
int			dx_words_have_cue(const dx_lexicon *lex, const char *words, dx_cue cue);
int			dx_match_lexicon(dx_doc *d);
int			dx_tok_entry_kind(const dx_doc *d, int tok, lex_kind kind);
int			dx_tok_entries(const dx_doc *d, int tok, lex_kind kind, int *out, int max);
int			dx_tok_org_type(const dx_doc *d, int tok, const char *code);

/* persons.c */
/* a person's gender from the name (given name, surname), else the entity's own; 0 unknown */
int			dx_person_gender(const dx_doc *d, const dx_ent *e);
const char *dx_verb_code(const dx_doc *d, int tok);
int			dx_span_kind_at(const dx_doc *d, int tok);
/* a word that, capitalised first in a sentence, is no name (GR_NAME_STOP) */
int			dx_function_word(const char *low);

/* entities.c (the pass over persons.c, offices.c, places.c and orgs.c; see entities.h) */
int			dx_find_entities(dx_doc *d);

/* util.c */
/*
 * Should the pass stop: has the interrupt callback asked to (d->stopped is
 * set then), or has memory run out?  Every loop that can run long asks
 * through DX_POLL(d, i) at every turn, and DX_POLL asks dx_stop every
 * DX_POLL_EVERY turns of any loop (counted in d->polls: a loop that skips
 * ahead is polled as often), so that a cancel ends the work within a
 * fraction of a second.  Once stopped, every polled loop ends at once.
 */
int			dx_stop(dx_doc *d);
#define DX_POLL_EVERY 1024
#define DX_POLL(d, i) ((void) (i), (d)->stopped || (d)->a->failed || \
					   ((++(d)->polls & (DX_POLL_EVERY - 1)) == 0 && dx_stop(d)))

/* the entity store (store.c), below every pass */
#include "store.h"

/* orgs.c */
int			dx_find_organizations(dx_doc *d);

/* facts */
int			dx_find_agreements(dx_doc *d);
int			dx_find_events(dx_doc *d);
int			dx_find_amounts(dx_doc *d);
int			dx_find_quotes(dx_doc *d);

/*
 * The words around a token that the fact passes read: its sentence, but at
 * most DX_CLAUSE tokens either way, so that text without sentence marks
 * still costs linear time.
 */
#define DX_CLAUSE 80

/* mentions starting in tokens [t0, t1), through the token index */
#define DX_FOR_MENTIONS(d, t0, t1, var) \
	for (int dx_t_ = (t0) < 0 ? 0 : (t0); dx_t_ < (t1) && dx_t_ < (d)->text.ntoks; dx_t_++) \
		for (int var = (d)->tokment[dx_t_]; var >= 0; var = (d)->ment_next[var])

int			dx_index_mentions(dx_doc *d);

/*
 * The kind of what a mention names: its entity's kind.  It differs from the
 * mention's own kind for a city standing for the body seated in it
 * ("Брюссель заявил": a place's name, of the European Union).
 */
static inline dx_kind
dx_ment_referent(const dx_doc *d, const dx_ment *m)
{
	return m->entity >= 0 ? d->ents[m->entity].kind : m->kind;
}

/* util */
char	   *dx_tokens_text(dx_doc *d, int t0, int t1);	/* source text of a
														 * token range */
int			dx_sentence_start(const dx_doc *d, int tok);
int			dx_sentence_end(const dx_doc *d, int tok);
const char *dx_capitalize(dx_arena *a, const char *s);
int			dx_strs_has(const char **arr, int n, const char *s);
int			dx_startswith(const char *s, const char *prefix);
void		dx_add_str(dx_doc *d, const char ***arr, int *n, int *cap, const char *s);
int			dx_verb_form(const dx_tok *t);
int			dx_adjective_form(const dx_tok *t);
int			dx_genitive_form(const dx_tok *t);
int			dx_year_of(const dx_tok *t);
int			dx_future_cue(const dx_doc *d, int tok);
int			dx_infinitive(const dx_tok *t);
int			dx_upper_at(const char *s);

/* sides.c: who acts in a sentence (dx_sides_of) */
#define SIDES_NONE		0
#define SIDES_COMPANY	1			/* a company or a trade union, no state */
#define SIDES_STATE		2			/* someone who can bind a state */
int			dx_sides_of(const dx_doc *d, int s0, int s1);

#endif
