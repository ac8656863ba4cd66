/* match.c - one scan of the tokens against the lexicon: entity-layer spans and cue verbs. */
#include "internal.h"
#include "hash.h"
#include "morph.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* priority among matches of equal length: higher wins */
static int
kind_prio(int kind)
{
	switch (kind)
	{
		case LK_PERSON:
			return 15;
		case LK_ORG:
			return 14;
		case LK_CURRENCY:
			return 13;
		case LK_COUNTRY:
		case LK_FORMER_STATE:
			return 12;
		case LK_ORG_HEAD:
			return 11;
		case LK_CAPITAL:
			return 10;
		case LK_CITY:
			return 9;
		case LK_REGION:
			return 8;
		case LK_OFFICE:
			return 7;
		case LK_DOC:
			return 6;
		case LK_EVENT:
			return 5;
		case LK_COUNTRY_ADJ:
			return 4;
		case LK_SURNAME:
			return 3;
		case LK_GIVEN:
			return 2;
		default:
			return 0;
	}
}

/* does token tok carry posting (entry, word)? */
static int
tok_has(const dx_doc *d, int tok, int entry, int word)
{
	int			k;

	/* a form's postings descend by (entry, word): stop once past entry */
	for (k = dx_tpost(d, tok); k >= 0 && d->lex->posts[k].entry >= entry; k = d->lex->posts[k].next)
		if (d->lex->posts[k].entry == entry && d->lex->posts[k].word == word)
			return 1;
	return 0;
}

/*
 * tok_has for the candidates of one start token, which come in descending
 * entry order: a cursor per token after the start remembers how far down
 * that token's postings the last look went, so that each list is walked
 * once per start token, not once per candidate (a form such as "Сан" or
 * "-" starts or holds hundreds of entries).
 */
#define CURSORS 64

typedef struct tok_cursors
{
	int			start;			/* the start token */
	int			pos[CURSORS];	/* per offset from start: a posting, -1 the
								 * end, -2 not started */
} tok_cursors;

static int
tok_has_cur(const dx_doc *d, tok_cursors *c, int tok, int entry, int word)
{
	int			o = tok - c->start,
				k;

	if (o < 0 || o >= CURSORS)
		return tok_has(d, tok, entry, word);
	k = c->pos[o] == -2 ? dx_tpost(d, tok) : c->pos[o];
	while (k >= 0 && d->lex->posts[k].entry > entry)
		k = d->lex->posts[k].next;
	c->pos[o] = k;
	for (; k >= 0 && d->lex->posts[k].entry == entry; k = d->lex->posts[k].next)
		if (d->lex->posts[k].word == word)
			return 1;
	return 0;
}

/*
 * Short function words that capitalised proper names must not swallow (Об,
 * Того): the grammar table's GR_NAME_STOP.
 */
int
dx_function_word(const char *low)
{
	return (dx_gram_form(low, strlen(low)) & GR_NAME_STOP) != 0;
}

static int
case_ok(const lex_word *w, const dx_tok *t)
{
	if (w->cap && !w->allcaps && (t->flags & TF_FIRST) && dx_function_word(t->low))
		return 0;				/* "Об этом", "Того же": capitalised by position only */
	if (w->allcaps)
		return (t->flags & (TF_ALLCAPS | TF_ABBR)) || t->nchars == 1;
	if (w->cap)
		return (t->flags & TF_CAP) != 0;
	return 1;
}

int
dx_tok_entry_kind(const dx_doc *d, int tok, lex_kind kind)
{
	int			k,
				found = -1;

	if (tok < 0 || tok >= d->text.ntoks ||
		!(d->flex[d->text.toks[tok].form].kinds & (1u << kind)))
		return -1;
	for (k = dx_tpost(d, tok); k >= 0; k = d->lex->posts[k].next)
	{
		const lex_posting *p = &d->lex->posts[k];
		const lex_entry *e = &d->lex->entries[p->entry];

		if (e->kind == kind && p->word == 0 && e->nw == 1 &&
			case_ok(&d->lex->words[e->w0], &d->text.toks[tok]))
		{
			/* the entry whose lemma is the form itself comes first */
			if (strcmp(d->lex->words[e->w0].low, d->text.toks[tok].low) == 0)
				return p->entry;
			if (found < 0 || p->entry < found)
				found = p->entry;
		}
	}
	return found;
}

/* may the token be a form of an organisation type (org_types.tsv) of class code (party, government, ...)? */
int
dx_tok_org_type(const dx_doc *d, int tok, const char *code)
{
	int			ents[8],
				n = dx_tok_entries(d, tok, LK_ORG_TYPE, ents, 8),
				x;

	for (x = 0; x < n; x++)
		if (dx_entry(d, ents[x])->code && strcmp(dx_entry(d, ents[x])->code, code) == 0)
			return 1;
	return 0;
}

/* every entry of a kind the token may be a form of; returns the count */
int
dx_tok_entries(const dx_doc *d, int tok, lex_kind kind, int *out, int max)
{
	int			k,
				n = 0;

	if (tok < 0 || tok >= d->text.ntoks ||
		!(d->flex[d->text.toks[tok].form].kinds & (1u << kind)))
		return 0;
	for (k = dx_tpost(d, tok); k >= 0 && n < max; k = d->lex->posts[k].next)
	{
		const lex_posting *p = &d->lex->posts[k];
		const lex_entry *e = &d->lex->entries[p->entry];

		if (e->kind == kind && p->word == 0 && e->nw == 1 &&
			case_ok(&d->lex->words[e->w0], &d->text.toks[tok]))
			out[n++] = p->entry;
	}
	return n;
}

const char *
dx_verb_code(const dx_doc *d, int tok)
{
	int			v;

	if (tok < 0 || tok >= d->text.ntoks || (v = d->flex[d->text.toks[tok].form].verb) < 0)
		return NULL;
	return d->lex->entries[v].code;
}

typedef struct cue_ctx
{
	const dx_lexicon *lex;
	dx_cueset	cues;
} cue_ctx;

static void
cue_cb(int posting, void *arg)
{
	cue_ctx    *c = arg;
	const lex_entry *e = &c->lex->entries[c->lex->posts[posting].entry];
	int			cue = (e->kind == LK_CUE && e->nw == 1) ? e->cue : -1;

	if (cue >= 0)
		dx_cueset_add(&c->cues, cue);
}

/*
 * The lexicon's view of a form (form_lexicon) follows from its bytes as
 * written and the type of its token; the cue classes of a string follow from
 * the string.  The words of news recur from story to story, so a finished
 * lexicon keeps what it worked out for the documents of a process, in a
 * bounded cache: a slot per hash (a key of the same hash takes it over),
 * each holding its key, so that a look-up reads one slot; longer keys are
 * not kept.  A lexicon without one (no memory) works every form out.  The
 * cache is written while documents are read with a const lexicon, so one
 * lexicon serves one document at a time (as in a PostgreSQL backend and
 * the CLI), never several threads at once.
 */
#define FC_SLOTS	16384		/* power of two */
#define FC_MAXLEN	80			/* bytes of a key kept, at most (128 a slot) */

typedef struct fc_entry
{
	dx_formlex	fl;
	uint32_t	hash;
	uint8_t		len;			/* bytes of the key; 0: empty */
	uint8_t		mode;			/* its token's type */
	char		key[FC_MAXLEN];
} fc_entry;

/*
 * The cue classes of strings (dx_str_has_cue) have slots of their own: the
 * passes ask it of many strings that are no token's form (the lemmas a
 * split of a word tries), which would otherwise take over the slots of the
 * forms of the text.  A slot is a cache line; longer strings are not kept.
 */
#define SC_SLOTS	16384		/* power of two */
#define SC_MAXLEN	43

typedef struct sc_entry
{
	dx_cueset	cues;
	uint32_t	hash;
	uint8_t		len;			/* bytes of the key; 0: empty */
	char		key[SC_MAXLEN];
} sc_entry;

/*
 * Most strings asked of dx_str_has_cue are no whole form of a cue word (the
 * lemmas a split of a word tries): a Bloom filter of the keys of the lexicon
 * under which a one-word cue entry is indexed (two bits a key) tells them
 * apart without a look-up in the lexicon's table or the slots above.  It and
 * the filters below are made from the finished lexicon's slots when first
 * asked (make_blooms).
 */
#define CB_LOG2		18
#define CB_BITS		(1u << CB_LOG2)

/*
 * And a class's words start with few pairs of letters: a bit per hash of the
 * first two characters of each of its keys (a prefix's without its '*'),
 * so that a string starting otherwise is none of the class.  A class with a
 * key of one character cannot be told so (cl_open).
 */
#define CL_BITS		4096

/*
 * Most forms of a text are no key of the lexicon at all: a Bloom filter of
 * all its keys (two bits a key) tells form_lexicon_of so without a look-up
 * in the lexicon's table, far larger than the processor's caches.
 */
#define KB_LOG2		20
#define KB_BITS		(1u << KB_LOG2)

struct dx_formcache
{
	fc_entry	slots[FC_SLOTS];
	sc_entry	strings[SC_SLOTS];
	int			blooms_made;
	uint64_t	cue_bloom[CB_BITS / 64];
	uint8_t		cl_open[DX_CUE_WORDS * 64];
	uint8_t		cl_prefix[DX_CUE_WORDS * 64];	/* the class has a prefix key */
	uint64_t	cue_lead[DX_CUE_WORDS * 64][CL_BITS / 64];
	uint64_t	key_bloom[KB_BITS / 64];
};

/* the bit of a string's first two characters; -1 when it has fewer (up to end, or NUL) */
static int
cl_bit(const char *s, int end)
{
	int			n = 0,
				nch = 0;

	while (n < end && s[n])
	{
		if (((unsigned char) s[n] & 0xC0) != 0x80 && ++nch == 3)
			break;
		n++;
	}
	if (nch < 2)
		return -1;
	return (int) (dx_fnv1a(s, (size_t) n) & (CL_BITS - 1));
}

/*
 * Bloom filters of 2^lg bits, two bits a key: the key's hash (hash_str of
 * lexicon.c: never 0) and its product with a Fibonacci constant.
 */
static inline uint32_t
bloom_bit1(uint32_t h, int lg)
{
	return (h ? h : 1) & ((1u << lg) - 1);
}

static inline uint32_t
bloom_bit2(uint32_t h, int lg)
{
	return (((h ? h : 1) * 0x9E3779B1u) >> (32 - lg)) & ((1u << lg) - 1);
}

static void
bloom_add(uint64_t *b, int lg, uint32_t h)
{
	uint32_t	b1 = bloom_bit1(h, lg),
				b2 = bloom_bit2(h, lg);

	b[b1 >> 6] |= UINT64_C(1) << (b1 & 63);
	b[b2 >> 6] |= UINT64_C(1) << (b2 & 63);
}

static inline int
bloom_may_have(const uint64_t *b, int lg, uint32_t h)
{
	uint32_t	b1 = bloom_bit1(h, lg),
				b2 = bloom_bit2(h, lg);

	return ((b[b1 >> 6] >> (b1 & 63)) & 1u) && ((b[b2 >> 6] >> (b2 & 63)) & 1u);
}

/*
 * Set the bits of every key in key_bloom, and of every key with a posting
 * that dx_str_has_cue counts (cue_cb, word 0) in cue_bloom and cue_lead.
 */
static void
make_blooms(const dx_lexicon *lex, struct dx_formcache *fc)
{
	uint32_t	j;

	for (j = 0; j < lex->nslots; j++)
	{
		const char *key;
		int			k,
					keylen = -1,
					prefix = 0,
					bit = -1;

		if (!lex->slots[j].key)
			continue;
		bloom_add(fc->key_bloom, KB_LOG2, lex->slots[j].hash);
		for (k = lex->slots[j].first; k >= 0; k = lex->posts[k].next)
		{
			const lex_entry *e = &lex->entries[lex->posts[k].entry];

			if (e->kind != LK_CUE)
				continue;
			if (keylen < 0)
			{
				/* the key, read only for the keys of cue entries */
				key = lex->keys + lex->slots[j].key - 1;
				keylen = (int) strlen(key);
				prefix = keylen > 0 && key[keylen - 1] == '*';
				bit = cl_bit(key, prefix ? keylen - 1 : keylen);
			}
			/* what cue_cb counts: word 0 of a whole form (dx_lex_lookup), any posting of a prefix */
			if (e->nw != 1 || e->cue < 0 || (!prefix && lex->posts[k].word != 0))
				continue;
			if (prefix)
				fc->cl_prefix[e->cue] = 1;
			else
				bloom_add(fc->cue_bloom, CB_LOG2, lex->slots[j].hash);
			if (bit < 0)
				fc->cl_open[e->cue] = 1;
			else
				fc->cue_lead[e->cue][bit >> 6] |= UINT64_C(1) << (bit & 63);
		}
	}
	fc->blooms_made = 1;
}

void
dx_lex_open_form_cache(dx_lexicon *lex)
{
	if (lex != NULL && lex->form_cache == NULL)
		lex->form_cache = calloc(1, sizeof(struct dx_formcache));
}

/* the slot of a key if it holds it (*hit set), else the slot to keep it in; NULL: no cache */
static fc_entry *
fc_find(const dx_lexicon *lex, const char *key, int len, uint32_t hash, int mode, int *hit)
{
	fc_entry   *e;

	*hit = 0;
	if (lex->form_cache == NULL || len > FC_MAXLEN || len <= 0)
		return NULL;
	e = &lex->form_cache->slots[hash & (FC_SLOTS - 1)];
	*hit = e->len == len && e->hash == hash && e->mode == mode && memcmp(e->key, key, len) == 0;
	return e;
}

static void
fc_keep(fc_entry *e, const char *key, int len, uint32_t hash, int mode, const dx_formlex *fl)
{
	memcpy(e->key, key, len);
	e->hash = hash;
	e->len = (uint8_t) len;
	e->mode = (uint8_t) mode;
	e->fl = *fl;
}

int
dx_str_has_cue(const dx_lexicon *lex, const char *low, dx_cue cue)
{
	cue_ctx		c;
	int			k,
				len,
				bit;
	uint32_t	h;
	sc_entry   *e = NULL;
	struct dx_formcache *fc = lex->finished ? lex->form_cache : NULL;
	int			one = (int) cue >= 0 && (int) cue < DX_CUE_WORDS * 64;

	if (fc != NULL)
	{
		if (!fc->blooms_made)
			make_blooms(lex, fc);
		/* a string that starts as no word of the class does */
		if (one && !fc->cl_open[cue] && (bit = cl_bit(low, INT_MAX)) >= 0 &&
			!(fc->cue_lead[cue][bit >> 6] & (UINT64_C(1) << (bit & 63))))
			return 0;
	}
	len = (int) strlen(low);
	h = dx_fnv1a(low, (size_t) len);
	if (fc != NULL && !bloom_may_have(fc->cue_bloom, CB_LOG2, h))
	{
		/* no whole form of a cue word: only a prefix may give it a class */
		if (one && !fc->cl_prefix[cue])
			return 0;
		c.lex = lex;
		memset(&c.cues, 0, sizeof(c.cues));
		dx_lex_prefixes(lex, low, cue_cb, &c);
		return dx_cueset_has(&c.cues, cue);
	}
	if (lex->form_cache != NULL && len > 0 && len <= SC_MAXLEN)
	{
		e = &lex->form_cache->strings[h & (SC_SLOTS - 1)];
		if (e->len == len && e->hash == h && memcmp(e->key, low, len) == 0)
			return dx_cueset_has(&e->cues, cue);
	}
	c.lex = lex;
	memset(&c.cues, 0, sizeof(c.cues));
	for (k = dx_lex_lookup(lex, low, len); k >= 0; k = lex->posts[k].next)
		if (lex->posts[k].word == 0)
			cue_cb(k, &c);
	dx_lex_prefixes(lex, low, cue_cb, &c);
	if (e != NULL)
	{
		memcpy(e->key, low, len);
		e->hash = h;
		e->len = (uint8_t) len;
		e->cues = c.cues;
	}
	return dx_cueset_has(&c.cues, cue);
}

int
dx_words_have_cue(const dx_lexicon *lex, const char *words, dx_cue cue)
{
	char		w[256];

	while (words && *words)
	{
		size_t		len = strcspn(words, " ");

		if (len > 0 && len < sizeof(w))
		{
			memcpy(w, words, len);
			w[len] = '\0';
			if (dx_str_has_cue(lex, w, cue))
				return 1;
		}
		words += len;
		while (*words == ' ')
			words++;
	}
	return 0;
}

int
dx_span_kind_at(const dx_doc *d, int tok)
{
	if (tok < 0 || tok >= d->text.ntoks || d->tokspan[tok] < 0)
		return LK_NONE;
	return d->spans[d->tokspan[tok]].kind;
}

/* try entry e at token i; returns end token (exclusive) or -1 */
static int
try_entry(const dx_doc *d, int e, int i, int *adj_tok, tok_cursors *cur)
{
	const lex_entry *en = &d->lex->entries[e];
	int			j,
				t = i;
	int			skipped = 0;

	*adj_tok = -1;
	for (j = 0; j < en->nw; j++, t++)
	{
		const lex_word *w = &d->lex->words[en->w0 + j];

		if (t >= d->text.ntoks)
			return -1;
		if (j > 0 && d->text.toks[t].sent != d->text.toks[i].sent)
			return -1;
		/*
		 * Words of a term are written apart or joined as in the term.  The
		 * caller found word 0 among token i's postings: no need to look again.
		 */
		if ((j > 0 && !tok_has_cur(d, cur, t, e, j)) ||
			(!case_ok(w, &d->text.toks[t]) && !(en->kind == LK_ORG_HEAD && !w->allcaps)))
		{
			/* an office may hold one adjective: глава казахстанского государства */
			if (en->kind == LK_OFFICE && j > 0 && !skipped &&
				dx_tok_entry_kind(d, t, LK_COUNTRY_ADJ) >= 0 &&
				t + 1 < d->text.ntoks && tok_has_cur(d, cur, t + 1, e, j))
			{
				*adj_tok = t;
				skipped = 1;
				t++;
				if (!case_ok(w, &d->text.toks[t]))
					return -1;
				continue;
			}
			return -1;
		}
	}
	return t;
}

typedef struct verb_ctx
{
	const dx_doc *d;
	int			best;
	int			bestlen;
	dx_cueset	cues;			/* cue classes of '*' prefixes of the form */
} verb_ctx;

static void
verb_cb(int posting, void *arg)
{
	verb_ctx   *c = arg;
	const lex_posting *p = &c->d->lex->posts[posting];
	const lex_entry *e = &c->d->lex->entries[p->entry];
	int			len = (int) strlen(c->d->lex->words[e->w0].low);

	if (e->kind == LK_CUE)
	{
		int			cue = e->nw == 1 ? e->cue : -1;

		if (cue >= 0)
			dx_cueset_add(&c->cues, cue);
		return;
	}
	if (e->kind == LK_VERB && e->nw == 1 && len > c->bestlen)
	{
		c->best = p->entry;
		c->bestlen = len;
	}
}

static void form_lexicon_of(const dx_doc *d, const dx_tok *t, const dx_wform *f,
							dx_formlex *fl);

/*
 * The lexicon's view of token tok's form: its postings, the cue verb it is
 * (the longest verb prefix when no verb lists the form itself), the
 * organisation-type head it names and the kinds of one-word entries it may
 * be.  All of it follows from the form's bytes, so the first token of a form
 * computes it for all.
 */
#define FL_AHEAD	8			/* forms ahead whose slot is asked for */

static void
form_lexicon(dx_doc *d, int tok)
{
	const dx_tok *t = &d->text.toks[tok];
	const dx_wform *f = &d->text.forms[t->form];
	dx_formlex *fl = &d->flex[t->form];
	int			hit;
	fc_entry   *ce;

#if defined(__GNUC__) || defined(__clang__)

	/*
	 * The forms are numbered as they first occur, and their slots are far
	 * apart in memory: ask for the slot of the form a few ahead now, so that
	 * its wait overlaps this one's work.
	 */
	if (d->lex->form_cache != NULL && t->form + FL_AHEAD < d->text.nforms)
	{
		const char *p = (const char *) &d->lex->form_cache->slots[d->text.forms[t->form + FL_AHEAD].hash &
																(FC_SLOTS - 1)];

		__builtin_prefetch(p);
		__builtin_prefetch(p + 64);
	}
#endif
	ce = fc_find(d->lex, d->text.src + f->b0, f->rawlen, f->hash, t->type, &hit);

	if (hit)
	{
		*fl = ce->fl;
		return;
	}
	form_lexicon_of(d, t, f, fl);
	if (ce != NULL)
		fc_keep(ce, d->text.src + f->b0, f->rawlen, f->hash, t->type, fl);
}

/* form_lexicon worked out */
static void
form_lexicon_of(const dx_doc *d, const dx_tok *t, const dx_wform *f, dx_formlex *fl)
{
	int			k;
	struct dx_formcache *fc = d->lex->finished ? d->lex->form_cache : NULL;

	if (fc != NULL && !fc->blooms_made)
		make_blooms(d->lex, fc);
	if (fc != NULL)
	{
		uint32_t	h = dx_fnv1a(f->low, (size_t) f->lowlen);

		fl->post = bloom_may_have(fc->key_bloom, KB_LOG2, h) ?
			dx_lex_lookup(d->lex, f->low, f->lowlen) : -1;
	}
	else
		fl->post = dx_lex_lookup(d->lex, f->low, f->lowlen);
	fl->verb = -1;
	fl->orgtype = -1;
	fl->kinds = 0;
	fl->starts = 0;
	memset(&fl->cues, 0, sizeof(fl->cues));
	for (k = fl->post; k >= 0; k = d->lex->posts[k].next)
	{
		const lex_posting *p = &d->lex->posts[k];
		const lex_entry *e = &d->lex->entries[p->entry];

		if (p->word != 0)
			continue;
		if (e->nw == 1)
			fl->kinds |= 1u << e->kind;
		if (e->kind == LK_CUE)
		{
			int			cue = e->nw == 1 ? e->cue : -1;

			if (cue >= 0)
				dx_cueset_add(&fl->cues, cue);
			continue;
		}
		if (e->kind != LK_VERB && e->kind != LK_GIVEN && e->kind != LK_ORG_TYPE)
			fl->starts = 1;
		/* an abbreviation's head (СП) is not its lower-case namesake */
		if (e->kind == LK_ORG_TYPE && e->nw == 1 && fl->orgtype < 0 &&
			!(d->lex->words[e->w0].allcaps && !(t->flags & TF_ALLCAPS)))
			fl->orgtype = p->entry;
	}
	{
		verb_ctx	vc;

		vc.d = d;
		vc.best = -1;
		vc.bestlen = 0;
		memset(&vc.cues, 0, sizeof(vc.cues));
		for (k = fl->post; t->type == TK_WORD && k >= 0; k = d->lex->posts[k].next)
		{
			const lex_entry *e = &d->lex->entries[d->lex->posts[k].entry];

			if (e->kind == LK_VERB && e->nw == 1)
				vc.best = d->lex->posts[k].entry, vc.bestlen = 1000;
		}
		/* the prefixes of every form: cue prefixes; of a word: verbs too */
		dx_lex_prefixes(d->lex, f->low, verb_cb, &vc);
		dx_cueset_or(&fl->cues, &vc.cues);
		if (t->type == TK_WORD)
			fl->verb = vc.best;
	}
}

int
dx_match_lexicon(dx_doc *d)
{
	int			n = d->text.ntoks;
	int			i;
	uint8_t    *seen = dx_alloc(d->a, d->text.nforms + 1);

	d->flex = dx_alloc(d->a, sizeof(dx_formlex) * (d->text.nforms + 1));
	d->tokspan = dx_alloc_raw(d->a, sizeof(int) * (n + 1));
	if (seen == NULL || d->flex == NULL || d->tokspan == NULL)
		return -1;
	d->tokspan[n] = 0;			/* as zeroed memory had it, past the end */
	for (i = 0; i < n && !DX_POLL(d, i); i++)
	{
		int			f = d->text.toks[i].form;

		if (!seen[f])
		{
			seen[f] = 1;
			form_lexicon(d, i);
		}
		d->tokspan[i] = -1;
	}

	for (i = 0; i < n && !DX_POLL(d, i); i++)
	{
		int			k;
		int			best_end = -1,
					best_entry = -1,
					best_prio = -1,
					best_adj = -1;
		tok_cursors cur;

		if (!d->flex[d->text.toks[i].form].starts)
			continue;
		cur.start = i;
		for (k = 0; k < CURSORS; k++)
			cur.pos[k] = -2;
		for (k = dx_tpost(d, i); k >= 0; k = d->lex->posts[k].next)
		{
			const lex_posting *p = &d->lex->posts[k];
			const lex_entry *e = &d->lex->entries[p->entry];
			int			end,
						adj;

			if (p->word != 0 || e->kind == LK_VERB || e->kind == LK_GIVEN || e->kind == LK_ORG_TYPE ||
				e->kind == LK_CUE)
				continue;
			end = try_entry(d, p->entry, i, &adj, &cur);
			if (end < 0)
				continue;
			if (end > best_end || (end == best_end && kind_prio(e->kind) > best_prio))
			{
				best_end = end;
				best_entry = p->entry;
				best_prio = kind_prio(e->kind);
				best_adj = adj;
			}
		}
		if (best_entry >= 0)
		{
			dx_span    *s = DX_PUSH(d->a, d->spans, d->nspans, d->cap_spans);
			int			j;

			if (s == NULL)
				return -1;
			s->t0 = i;
			s->t1 = best_end;
			s->entry = best_entry;
			s->kind = d->lex->entries[best_entry].kind;
			s->adj_tok = best_adj;
			for (j = i; j < best_end; j++)
				d->tokspan[j] = d->nspans - 1;
			i = best_end - 1;
		}
	}
	return d->stopped ? -2 : d->a->failed ? -1 : 0;
}
