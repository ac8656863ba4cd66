/* lexicon_image.c - the compiled lexicon saved as one flat image and loaded back, checked in full. */

/*
 * So that processes reading the same lexicon rows compile it once and load
 * it many times.  The image is the lexicon's arrays as they are in memory:
 * the form index (postings, slots and the forms themselves, which refer to
 * each other by number and offset only) and the entries and words, whose
 * string pointers are stored as offsets (plus one; 0 is NULL) into a pool of
 * NUL-terminated strings.  Loading checks the header, the checksum and every
 * index and offset, uses the form index and the strings where they lie (a
 * file mapped read only is shared by every process that maps it), and copies
 * only the entries and words, to turn their offsets back into pointers.  An
 * image of another build (format number, struct sizes, cue classes) or of other rows (the
 * key) is refused, so a stale or damaged file costs a rebuild, never a wrong
 * lookup or a crash.
 */
#include "lexicon.h"
#include "hash.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define IMG_MAGIC	"DXLEXIMG"
#define IMG_FORMAT	3

typedef struct img_header
{
	char		magic[8];
	uint32_t	format;
	uint32_t	header_size;
	uint32_t	sizes[4];		/* sizeof lex_entry, lex_word, lex_posting,
								 * lex_slot: the layout of this build */
	uint64_t	classes;		/* dx_cue_names_digest: the numbering of cue classes */
	uint64_t	key;			/* digest of the rows the lexicon was built of */
	uint64_t	total;			/* bytes of the whole image */
	uint64_t	checksum;		/* of the whole image, this field 0 */
	int32_t		nentries;
	int32_t		nwords;
	int32_t		nposts;
	int32_t		max_prefix;
	uint32_t	nslots;
	uint32_t	nused;
	int32_t		nrows;
	int32_t		nrejects;
	uint64_t	off_entries;
	uint64_t	off_words;
	uint64_t	off_posts;
	uint64_t	off_slots;
	uint64_t	off_keys;
	uint64_t	keys_len;
	uint64_t	off_rejects;
	uint64_t	off_pool;
	uint64_t	pool_len;
	uint64_t	prefix_lead[64];
	uint64_t	prefix_bloom[1024];
	uint64_t	state_name[26 * 26];
} img_header;

/* a refused row in the image: its message as a pool reference */
typedef struct img_reject
{
	int32_t		row;
	uint32_t	pad;
	uint64_t	msg;
} img_reject;

/* ---------------------------------------------------------------- checksum */

/* 64-bit checksum of a buffer, 8 bytes at a time, continuing from h */
static uint64_t
checksum_more(uint64_t h, const unsigned char *p, size_t n)
{
	size_t		i;

	for (i = 0; i + 8 <= n; i += 8)
	{
		uint64_t	w;

		memcpy(&w, p + i, 8);
		h ^= w;
		h *= 0xff51afd7ed558ccdULL;
		h ^= h >> 32;
	}
	return dx_fnv1a64_from(h, p + i, n - i);
}

/* checksum of an image whose header is *hdr (its checksum field ignored) */
static uint64_t
image_checksum(const img_header *hdr, const unsigned char *img, size_t len)
{
	img_header	h = *hdr;

	h.checksum = 0;
	return checksum_more(checksum_more(0x9e3779b97f4a7c15ULL ^ len,
									   (const unsigned char *) &h, sizeof(h)),
						 img + sizeof(h), len - sizeof(h));
}

/* ---------------------------------------------------------------- save */

/* strings of the image, each stored once */
typedef struct pool
{
	char	   *data;
	size_t		len;
	size_t		cap;
	uint64_t   *slot_off;		/* open addressing: offset + 1, 0 empty */
	uint32_t	nslot;
	uint32_t	nused;
	int			failed;
} pool;

static uint64_t
str_hash(const char *s)
{
	return dx_fnv1a64_from(DX_FNV64_BASIS, s, strlen(s));
}

static int
pool_rehash(pool *p)
{
	uint32_t	n = p->nslot ? p->nslot * 2 : 1u << 16;
	uint64_t   *s = calloc(n, sizeof(uint64_t));
	uint32_t	i;

	if (s == NULL)
		return -1;
	for (i = 0; i < p->nslot; i++)
	{
		uint32_t	j;

		if (p->slot_off[i] == 0)
			continue;
		j = (uint32_t) str_hash(p->data + p->slot_off[i] - 1) & (n - 1);
		while (s[j])
			j = (j + 1) & (n - 1);
		s[j] = p->slot_off[i];
	}
	free(p->slot_off);
	p->slot_off = s;
	p->nslot = n;
	return 0;
}

/* offset + 1 of s in the pool (added when new); 0 for NULL or on failure */
static uint64_t
pool_ref(pool *p, const char *s)
{
	uint32_t	j;
	size_t		n;

	if (s == NULL || p->failed)
		return 0;
	if ((p->nused + 1) * 2 > p->nslot && pool_rehash(p) != 0)
	{
		p->failed = 1;
		return 0;
	}
	j = (uint32_t) str_hash(s) & (p->nslot - 1);
	while (p->slot_off[j])
	{
		if (strcmp(p->data + p->slot_off[j] - 1, s) == 0)
			return p->slot_off[j];
		j = (j + 1) & (p->nslot - 1);
	}
	n = strlen(s) + 1;
	if (dx_reserve(&p->data, &p->cap, p->len + n, 1 << 20, SIZE_MAX) != 0)
	{
		p->failed = 1;
		return 0;
	}
	memcpy(p->data + p->len, s, n);
	p->slot_off[j] = p->len + 1;
	p->len += n;
	p->nused++;
	return p->slot_off[j];
}

/* store a pool reference in a pointer field of the image */
#define SET_REF(field, ref)	((field) = (const char *) (uintptr_t) (ref))

static size_t
align8(size_t n)
{
	return (n + 7) & ~(size_t) 7;
}

/*
 * The offsets of every section but the string pool, which grows as it is
 * filled, last; and a block of that size with the sections copied in (NULL
 * when out of memory).
 */
static unsigned char *
lay_out(const dx_lexicon *lex, img_header *h)
{
	size_t		sz_entries = sizeof(lex_entry) * (size_t) lex->nentries,
				sz_words = sizeof(lex_word) * (size_t) lex->nwords,
				sz_posts = sizeof(lex_posting) * (size_t) lex->nposts,
				sz_slots = sizeof(lex_slot) * (size_t) lex->nslots;
	unsigned char *img;

	h->off_entries = align8(sizeof(img_header));
	h->off_words = align8(h->off_entries + sz_entries);
	h->off_posts = align8(h->off_words + sz_words);
	h->off_slots = align8(h->off_posts + sz_posts);
	h->off_keys = align8(h->off_slots + sz_slots);
	h->keys_len = lex->nkeys;
	h->off_rejects = align8(h->off_keys + lex->nkeys);
	h->off_pool = align8(h->off_rejects + sizeof(img_reject) * (size_t) lex->nrejects);
	img = calloc(1, h->off_pool);
	if (img == NULL)
		return NULL;
	if (sz_entries)
		memcpy(img + h->off_entries, lex->entries, sz_entries);
	if (sz_words)
		memcpy(img + h->off_words, lex->words, sz_words);
	if (sz_posts)
		memcpy(img + h->off_posts, lex->posts, sz_posts);
	if (sz_slots)
		memcpy(img + h->off_slots, lex->slots, sz_slots);
	if (lex->nkeys)
		memcpy(img + h->off_keys, lex->keys, lex->nkeys);
	return img;
}

/* the string pointers of the copied sections become references into the pool p */
static void
pool_strings(const dx_lexicon *lex, img_header *h, unsigned char *img, pool *p)
{
	lex_entry  *entries = (lex_entry *) (img + h->off_entries);
	lex_word   *words = (lex_word *) (img + h->off_words);
	img_reject *rejects = (img_reject *) (img + h->off_rejects);
	int			i;
	uint32_t	k;

	for (i = 0; i < lex->nentries; i++)
	{
		lex_entry  *e = &entries[i];

		SET_REF(e->term, pool_ref(p, e->term));
		SET_REF(e->code, pool_ref(p, e->code));
		SET_REF(e->name, pool_ref(p, e->name));
		SET_REF(e->country, pool_ref(p, e->country));
		SET_REF(e->role, pool_ref(p, e->role));
		SET_REF(e->role_class, pool_ref(p, e->role_class));
	}
	for (i = 0; i < lex->nwords; i++)
		SET_REF(words[i].low, pool_ref(p, words[i].low));
	for (k = 0; k < 26 * 26; k++)
		h->state_name[k] = pool_ref(p, lex->state_name[k]);
	for (i = 0; i < lex->nrejects; i++)
	{
		rejects[i].row = lex->rejects[i].row;
		rejects[i].msg = pool_ref(p, lex->rejects[i].msg);
	}
}

/* the header's identity and counts (the offsets are set already) */
static void
fill_header(const dx_lexicon *lex, img_header *h, uint64_t key, size_t pool_len)
{
	memcpy(h->magic, IMG_MAGIC, 8);
	h->format = IMG_FORMAT;
	h->header_size = sizeof(img_header);
	h->sizes[0] = sizeof(lex_entry);
	h->sizes[1] = sizeof(lex_word);
	h->sizes[2] = sizeof(lex_posting);
	h->sizes[3] = sizeof(lex_slot);
	h->classes = dx_cue_names_digest();
	h->key = key;
	h->nentries = lex->nentries;
	h->nwords = lex->nwords;
	h->nposts = lex->nposts;
	h->max_prefix = lex->max_prefix;
	h->nslots = lex->nslots;
	h->nused = lex->nused;
	h->nrows = lex->nrows;
	h->nrejects = lex->nrejects;
	h->pool_len = pool_len;
	h->total = h->off_pool + pool_len;
	memcpy(h->prefix_lead, lex->prefix_lead, sizeof(h->prefix_lead));
	memcpy(h->prefix_bloom, lex->prefix_bloom, sizeof(h->prefix_bloom));
}

int
dx_lexicon_image(const dx_lexicon *lex, uint64_t key, void **out, size_t *outlen)
{
	pool		p;
	img_header	h;
	unsigned char *img,
			   *grown;

	*out = NULL;
	*outlen = 0;
	if (lex == NULL || !lex->finished)
		return -1;
	memset(&p, 0, sizeof(p));
	memset(&h, 0, sizeof(h));
	img = lay_out(lex, &h);
	if (img == NULL)
		return -1;
	pool_strings(lex, &h, img, &p);
	free(p.slot_off);
	if (p.failed || (grown = realloc(img, h.off_pool + p.len)) == NULL)
	{
		free(img);
		free(p.data);
		return -1;
	}
	img = grown;
	if (p.len)
		memcpy(img + h.off_pool, p.data, p.len);
	free(p.data);
	fill_header(lex, &h, key, p.len);
	h.checksum = image_checksum(&h, img, h.total);
	memcpy(img, &h, sizeof(h));
	*out = img;
	*outlen = h.total;
	return 0;
}

/* ---------------------------------------------------------------- load */

/* turn a pool reference back into a pointer; 0 when out of range */
static int
fix_ref(const char **field, const char *pool_base, uint64_t pool_len, int may_be_null)
{
	uint64_t	ref = (uint64_t) (uintptr_t) *field;

	if (ref == 0)
	{
		*field = NULL;
		return may_be_null;
	}
	if (ref > pool_len)
		return 0;
	*field = pool_base + ref - 1;
	return 1;
}

static int
section_ok(uint64_t off, uint64_t count, size_t elem, uint64_t total)
{
	return off % 8 == 0 && off <= total && count <= (total - off) / (elem ? elem : 1);
}

/* what is wrong with an image's header and sections, NULL when nothing */
static const char *
header_error(const img_header *hp, const unsigned char *img, size_t len, uint64_t key)
{
	img_header	h = *hp;

	if (memcmp(h.magic, IMG_MAGIC, 8) != 0)
		return "not a lexicon image";
	if (h.format != IMG_FORMAT || h.header_size != sizeof(img_header) ||
		h.sizes[0] != sizeof(lex_entry) || h.sizes[1] != sizeof(lex_word) ||
		h.sizes[2] != sizeof(lex_posting) || h.sizes[3] != sizeof(lex_slot) ||
		h.classes != dx_cue_names_digest())
		return "lexicon image of another build";
	if (h.key != key)
		return "lexicon image of other rows";
	if (h.total != len)
		return "lexicon image truncated";
	if (image_checksum(&h, img, len) != h.checksum)
		return "lexicon image checksum mismatch";
	if (h.nentries < 0 || h.nwords < 0 || h.nposts < 0 || h.max_prefix < 0 ||
		h.nslots == 0 || (h.nslots & (h.nslots - 1)) != 0 || h.nused >= h.nslots ||
		!section_ok(h.off_entries, (uint64_t) h.nentries, sizeof(lex_entry), len) ||
		!section_ok(h.off_words, (uint64_t) h.nwords, sizeof(lex_word), len) ||
		!section_ok(h.off_posts, (uint64_t) h.nposts, sizeof(lex_posting), len) ||
		!section_ok(h.off_slots, (uint64_t) h.nslots, sizeof(lex_slot), len) ||
		h.off_entries < sizeof(img_header) ||
		h.off_words < h.off_entries + sizeof(lex_entry) * (uint64_t) h.nentries ||
		h.off_posts < h.off_words + sizeof(lex_word) * (uint64_t) h.nwords ||
		h.off_slots < h.off_posts + sizeof(lex_posting) * (uint64_t) h.nposts ||
		h.off_keys < h.off_slots + sizeof(lex_slot) * (uint64_t) h.nslots ||
		h.off_keys > len || h.keys_len > len - h.off_keys || h.keys_len > UINT32_MAX ||
		h.nrows < 0 || h.nrejects < 0 || h.nrejects > h.nrows ||
		!section_ok(h.off_rejects, (uint64_t) h.nrejects, sizeof(img_reject), len) ||
		h.off_rejects < h.off_keys + h.keys_len ||
		h.off_pool < h.off_rejects + sizeof(img_reject) * (uint64_t) h.nrejects ||
		h.off_pool > len || h.pool_len != len - h.off_pool)
		return "lexicon image sections out of range";
	if ((h.pool_len > 0 && img[h.off_pool + h.pool_len - 1] != '\0') ||
		(h.keys_len > 0 && img[h.off_keys + h.keys_len - 1] != '\0'))
		return "lexicon image strings not terminated";
	return NULL;
}

/* the refused rows, entries and words copied out of the image: their strings made pointers */
static const char *
fix_rows(const img_header *h, const unsigned char *img, lex_entry *entries, lex_word *words,
		 lex_reject *rejects)
{
	const char *pool_base = (const char *) img + h->off_pool;
	const img_reject *irejects = (const img_reject *) (img + h->off_rejects);
	int			i;

	for (i = 0; i < h->nrejects; i++)
	{
		const char *msg = (const char *) (uintptr_t) irejects[i].msg;

		if (irejects[i].row < 0 || irejects[i].row >= h->nrows ||
			!fix_ref(&msg, pool_base, h->pool_len, 0))
			return "lexicon image refused row out of range";
		rejects[i].row = irejects[i].row;
		rejects[i].msg = msg;
	}
	for (i = 0; i < h->nentries; i++)
	{
		lex_entry  *e = &entries[i];

		if (!fix_ref(&e->term, pool_base, h->pool_len, 0) ||
			!fix_ref(&e->code, pool_base, h->pool_len, 1) ||
			!fix_ref(&e->name, pool_base, h->pool_len, 1) ||
			!fix_ref(&e->country, pool_base, h->pool_len, 1) ||
			!fix_ref(&e->role, pool_base, h->pool_len, 1) ||
			!fix_ref(&e->role_class, pool_base, h->pool_len, 1))
			return "lexicon image entry string out of range";
		if (e->kind >= LK__COUNT || e->cue < -1 || e->cue >= CUE__COUNT ||
			(e->kind != LK_CUE && e->cue != -1) || e->w0 < 0 || e->nw < 0 || e->w0 > h->nwords ||
			e->nw > h->nwords - e->w0 ||
			(e->next_same != -1 && (e->next_same <= i || e->next_same >= h->nentries)) ||
			e->first_same < 0 || e->first_same > i)
			return "lexicon image entry out of range";
	}
	for (i = 0; i < h->nwords; i++)
		if (!fix_ref(&words[i].low, pool_base, h->pool_len, 0))
			return "lexicon image word out of range";
	return NULL;
}

/* the postings and slots, read in place: every walk over them must end */
static const char *
index_error(const img_header *h, const unsigned char *img, const lex_entry *entries)
{
	const lex_posting *posts = (const lex_posting *) (img + h->off_posts);
	const lex_slot *slots = (const lex_slot *) (img + h->off_slots);
	uint32_t	k,
				used = 0;
	int			i;

	for (i = 0; i < h->nposts; i++)
	{
		const lex_posting *p = &posts[i];

		/* chains run forward, so every walk ends */
		if (p->entry < 0 || p->entry >= h->nentries || p->word < 0 ||
			p->word >= entries[p->entry].nw ||
			(p->next != -1 && (p->next <= i || p->next >= h->nposts)))
			return "lexicon image posting out of range";
	}
	for (k = 0; k < h->nslots; k++)
	{
		const lex_slot *s = &slots[k];

		if (s->key > h->keys_len || s->first < -1 || s->first >= h->nposts)
			return "lexicon image slot out of range";
		if (s->key)
			used++;
	}
	/* lookups stop at an empty slot: there must be one */
	if (used != h->nused)
		return "lexicon image slot count mismatch";
	return NULL;
}

/* the lexicon over a checked image; NULL when out of memory or a state name is out of range */
static dx_lexicon *
assemble(const img_header *h, const void *image, size_t len,
		 void (*release) (const void *image, size_t len),
		 lex_entry *entries, lex_word *words, lex_reject *rejects, const char **msg)
{
	const unsigned char *img = image;
	const char *pool_base = (const char *) img + h->off_pool;
	dx_lexicon *lex = calloc(1, sizeof(dx_lexicon));
	uint32_t	k;

	*msg = "out of memory";
	if (lex == NULL)
		return NULL;
	dx_arena_init(&lex->arena);
	for (k = 0; k < 26 * 26; k++)
	{
		const char *s = (const char *) (uintptr_t) h->state_name[k];

		if (!fix_ref(&s, pool_base, h->pool_len, 1))
		{
			*msg = "lexicon image state name out of range";
			free(lex);
			return NULL;
		}
		lex->state_name[k] = s;
	}
	lex->entries = entries;
	lex->nentries = lex->cap_entries = h->nentries;
	lex->words = words;
	lex->nwords = lex->cap_words = h->nwords;
	/* read only from here: the lexicon is never changed once finished */
	lex->posts = (lex_posting *) (img + h->off_posts);
	lex->nposts = lex->cap_posts = h->nposts;
	lex->slots = (lex_slot *) (img + h->off_slots);
	lex->nslots = h->nslots;
	lex->nused = h->nused;
	lex->keys = (char *) (img + h->off_keys);
	lex->nkeys = lex->cap_keys = h->keys_len;
	lex->max_prefix = h->max_prefix;
	lex->nrows = h->nrows;
	lex->rejects = rejects;
	lex->nrejects = lex->cap_rejects = h->nrejects;
	memcpy(lex->prefix_lead, h->prefix_lead, sizeof(lex->prefix_lead));
	memcpy(lex->prefix_bloom, h->prefix_bloom, sizeof(lex->prefix_bloom));
	lex->image = image;
	lex->image_len = len;
	lex->image_release = release;
	dx_lex_open_morph(lex);
	dx_lex_open_form_cache(lex);
	lex->finished = 1;
	return lex;
}

dx_lexicon *
dx_lexicon_from_image(const void *image, size_t len, uint64_t key,
					  void (*release) (const void *image, size_t len),
					  char *err, size_t errlen)
{
	const unsigned char *img = image;
	img_header	h;
	dx_lexicon *lex = NULL;
	lex_entry  *entries;
	lex_word   *words;
	lex_reject *rejects;
	void	   *block = NULL;
	const char *msg = NULL;

	if (err && errlen)
		err[0] = '\0';
	if (image == NULL || len < sizeof(img_header))
		msg = "image too short";
	else
	{
		memcpy(&h, img, sizeof(h));
		msg = header_error(&h, img, len, key);
	}
	if (msg == NULL)
	{
		/* entries, words and refused rows hold pointers: copied, to set them */
		block = malloc(sizeof(lex_entry) * (size_t) h.nentries +
					   sizeof(lex_word) * (size_t) h.nwords +
					   sizeof(lex_reject) * (size_t) h.nrejects + 1);
		if (block == NULL)
			msg = "out of memory";
	}
	if (msg == NULL)
	{
		entries = block;
		words = (lex_word *) (entries + h.nentries);
		rejects = (lex_reject *) (words + h.nwords);
		memcpy(entries, img + h.off_entries, sizeof(lex_entry) * (size_t) h.nentries);
		memcpy(words, img + h.off_words, sizeof(lex_word) * (size_t) h.nwords);
		msg = fix_rows(&h, img, entries, words, rejects);
		if (msg == NULL)
			msg = index_error(&h, img, entries);
		if (msg == NULL)
			lex = assemble(&h, image, len, release, entries, words, rejects, &msg);
	}
	if (lex != NULL)
		return lex;
	if (err && errlen)
		snprintf(err, errlen, "%s", msg);
	free(block);
	return NULL;
}
