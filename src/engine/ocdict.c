/*
 * ocdict.c - reader of the OpenCorpora dictionary (pymorphy2 format, az 0.2.3
 * encoding): the words DAWG, the prediction DAWGs, the paradigms, the
 * suffixes and the tag table.  See ocdict.h and README.
 *
 * DAWG (dawgdic), little-endian: uint32 n, unit[n], uint32 m (= n),
 * guide[2m].  Keys are CP1251; a word's record is word + 0x01 + 4 bytes
 * (paradigm, form), a prediction record ending + 0x01 + 6 bytes (count,
 * paradigm, form), each number v stored as ((v>>7)<<1)|1, ((v&0x7F)<<1)|1.
 */
#include "ocdict.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* bounds of the walks: far above what a valid dictionary needs */
#define OC_MAX_STEPS	20000	/* DAWG steps of one enumeration or lookup */
#define OC_MAX_FILE		(64u << 20)

typedef struct oc_map
{
	unsigned char *base;
	size_t		size;
} oc_map;

typedef struct oc_dawg
{
	const unsigned char *units;	/* n little-endian uint32 */
	uint32_t	n;
	const unsigned char *guide; /* 2n bytes */
} oc_dawg;

typedef struct oc_str
{
	uint32_t	off;
	uint16_t	len;
} oc_str;

struct dx_ocdict
{
	oc_map		maps[6];
	oc_dawg		words;
	oc_dawg		probs;			/* p_t_given_w.intdawg; n == 0 when absent */
	oc_dawg		pred[3];
	/* paradigms.array */
	const unsigned char *para_data;
	uint32_t   *para_off;		/* byte offset of each paradigm's 3N uint16 */
	uint16_t   *para_nforms;
	uint32_t	npara;
	/* suffixes (CP1251) */
	unsigned char *sufbuf;
	oc_str	   *suf;
	uint32_t	nsuf;
	/* tags */
	char	   *tagbuf;
	oc_str	   *tag;
	uint64_t   *taggram;
	uint32_t	ntag;
	size_t		heap;
};

static const unsigned char oc_prefix[3][4] = {
	{0}, {0xEF, 0xEE, 0}, {0xED, 0xE0, 0xE8, 0}	/* "", "по", "наи" */
};
static const int oc_prefix_len[3] = {0, 2, 3};

/* ------------------------------------------------------------ encodings */

/* lower-case CP1251 of a UTF-8 word; -1 if a character has no CP1251 letter */
static int
to_cp1251(const char *s, size_t len, unsigned char *out, size_t outlen)
{
	size_t		i = 0,
				n = 0;

	while (i < len)
	{
		unsigned char c = (unsigned char) s[i];
		unsigned int cp;

		if (c < 0x80)
		{
			cp = c;
			i++;
		}
		else if ((c & 0xE0) == 0xC0 && i + 1 < len &&
				 ((unsigned char) s[i + 1] & 0xC0) == 0x80)
		{
			cp = ((c & 0x1Fu) << 6) | ((unsigned char) s[i + 1] & 0x3Fu);
			i += 2;
		}
		else
			return -1;
		if (n + 1 >= outlen)
			return -1;
		if (cp == 0)
			return -1;
		if (cp < 0x80)
			out[n++] = (unsigned char) ((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp);
		else if (cp >= 0x410 && cp <= 0x42F)
			out[n++] = (unsigned char) (0xE0 + (cp - 0x410));
		else if (cp >= 0x430 && cp <= 0x44F)
			out[n++] = (unsigned char) (0xE0 + (cp - 0x430));
		else if (cp == 0x401 || cp == 0x451)
			out[n++] = 0xB8;
		else
			return -1;
	}
	out[n] = 0;
	return (int) n;
}

/* UTF-8 of CP1251 bytes (letters, ё, ASCII); -1 if buf is too small */
static int
from_cp1251(const unsigned char *s, size_t len, char *buf, size_t buflen)
{
	size_t		i,
				n = 0;

	for (i = 0; i < len; i++)
	{
		unsigned char c = s[i];
		unsigned int cp;

		if (c < 0x80)
			cp = c;
		else if (c >= 0xC0)
			cp = 0x410 + (c - 0xC0);
		else if (c == 0xB8)
			cp = 0x451;
		else if (c == 0xA8)
			cp = 0x401;
		else
			cp = '?';
		if (cp < 0x80)
		{
			if (n + 1 >= buflen)
				return -1;
			buf[n++] = (char) cp;
		}
		else
		{
			if (n + 2 >= buflen)
				return -1;
			buf[n++] = (char) (0xC0 | (cp >> 6));
			buf[n++] = (char) (0x80 | (cp & 0x3F));
		}
	}
	if (n >= buflen)
		return -1;
	buf[n] = '\0';
	return (int) n;
}

/* ------------------------------------------------------------ DAWG */

static inline uint32_t
rd32(const unsigned char *p)
{
	return (uint32_t) p[0] | ((uint32_t) p[1] << 8) | ((uint32_t) p[2] << 16) |
		((uint32_t) p[3] << 24);
}

static inline uint16_t
rd16(const unsigned char *p)
{
	return (uint16_t) (p[0] | (p[1] << 8));
}

static inline uint32_t
unit_at(const oc_dawg *d, uint32_t i)
{
	return rd32(d->units + (size_t) i * 4);
}

static inline uint32_t
unit_offset(uint32_t u)
{
	return (u >> 10) << ((u & 0x200u) >> 6);
}

/* child of node i by label c, or -1 */
static inline int64_t
dawg_child(const oc_dawg *d, uint32_t i, unsigned char c)
{
	uint32_t	j = i ^ unit_offset(unit_at(d, i)) ^ c;

	if (j >= d->n)
		return -1;
	if ((unit_at(d, j) & 0x800000FFu) != c)
		return -1;
	return j;
}

static int64_t
dawg_follow(const oc_dawg *d, uint32_t i, const unsigned char *s, size_t len)
{
	size_t		k;
	int64_t		j = i;

	for (k = 0; k < len && j >= 0; k++)
		j = dawg_child(d, (uint32_t) j, s[k]);
	return j;
}

static int
dawg_open(oc_dawg *d, const oc_map *m, char *err, size_t errlen, const char *name)
{
	uint32_t	n,
				g;

	if (m->size < 8)
		goto bad;
	n = rd32(m->base);
	if (n == 0 || n > (m->size - 8) / 4)
		goto bad;
	g = rd32(m->base + 4 + (size_t) n * 4);
	if (g != n || m->size - 8 - (size_t) n * 4 < (size_t) g * 2)
		goto bad;
	d->units = m->base + 4;
	d->n = n;
	d->guide = m->base + 8 + (size_t) n * 4;
	return 0;
bad:
	snprintf(err, errlen, "%s: not a DAWG file or truncated", name);
	return -1;
}

/*
 * Call fn for each record of exactly plen payload bytes below node start
 * (the node after the 0x01 separator), walking the guide depth first.
 * Stops at max records or when fn returns nonzero; bounded by
 * OC_MAX_STEPS.  Returns the number of records seen.
 */
typedef int (*oc_record_fn) (const unsigned char *payload, void *arg);

static int
dawg_records(const oc_dawg *d, uint32_t start, int plen,
			 oc_record_fn fn, void *arg)
{
	uint32_t	stack[8];
	unsigned char key[8];
	int			depth = 0,
				seen = 0,
				steps = 0;

	if (plen <= 0 || plen > 8)
		return 0;
	stack[0] = start;
	for (;;)
	{
		uint32_t	node = stack[depth];
		int64_t		child;
		unsigned char c;

		if (++steps > OC_MAX_STEPS)
			return seen;
		if (depth == plen)
		{
			seen++;
			if (fn(key, arg))
				return seen;
		}
		else if ((c = d->guide[(size_t) node * 2]) != 0)
		{
			child = dawg_child(d, node, c);
			if (child < 0)
				return seen;	/* damaged guide */
			key[depth] = c;
			stack[++depth] = (uint32_t) child;
			continue;
		}
		/* go to the next sibling of the deepest node that has one */
		for (;;)
		{
			if (depth == 0)
				return seen;
			c = d->guide[(size_t) stack[depth] * 2 + 1];
			depth--;
			if (c != 0)
			{
				child = dawg_child(d, stack[depth], c);
				if (child < 0)
					return seen;
				key[depth] = c;
				stack[++depth] = (uint32_t) child;
				break;
			}
			if (++steps > OC_MAX_STEPS)
				return seen;
		}
	}
}

static inline uint32_t
dec7(const unsigned char *p)
{
	return ((uint32_t) (p[0] >> 1) << 7) | (uint32_t) (p[1] >> 1);
}

/* ------------------------------------------------------------ paradigms */

static inline uint16_t
para_get(const dx_ocdict *d, uint32_t para, int which, uint32_t i)
{
	/* which: 0 suffix id, 1 tag id, 2 prefix id */
	uint32_t	nf = d->para_nforms[para];

	return rd16(d->para_data + d->para_off[para] +
				((size_t) which * nf + i) * 2);
}

/* fill stem of p from the CP1251 word w of length wl; 0 if it does not fit */
static int
set_stem(const dx_ocdict *d, dx_ocparse *p, const unsigned char *w, size_t wl)
{
	uint16_t	sid = para_get(d, p->para, 0, p->form);
	uint16_t	pid = para_get(d, p->para, 2, p->form);
	size_t		pl = (size_t) oc_prefix_len[pid];
	size_t		sl = d->suf[sid].len;

	if (pl + sl > wl || wl - pl - sl >= DX_OC_MAXWORD)
		return 0;
	if (memcmp(w, oc_prefix[pid], pl) != 0 ||
		memcmp(w + wl - sl, d->sufbuf + d->suf[sid].off, sl) != 0)
		return 0;
	p->stemlen = (uint8_t) (wl - pl - sl);
	memcpy(p->stem, w + pl, p->stemlen);
	return 1;
}

static int
valid_parse(const dx_ocdict *d, const dx_ocparse *p)
{
	return p && p->para < d->npara && p->form < d->para_nforms[p->para] &&
		p->stemlen < DX_OC_MAXWORD;
}

/* ------------------------------------------------------------ lookup */

typedef struct oc_collect
{
	const dx_ocdict *d;
	const unsigned char *word;	/* the key as found (with ё) */
	size_t		wl;
	dx_ocparse *out;
	int			max;
	int			n;
	uint32_t	count;
	int			predicted;
	int			ending;
	int			prefix;			/* prediction: paradigm prefix required */
} oc_collect;

static int
add_parse(oc_collect *c, uint32_t para, uint32_t form, uint32_t count)
{
	const dx_ocdict *d = c->d;
	dx_ocparse *p;
	uint16_t	tag;
	int			k;

	if (c->n >= c->max)
		return 1;
	if (para >= d->npara || form >= d->para_nforms[para])
		return 0;
	p = &c->out[c->n];
	memset(p, 0, sizeof(*p));
	p->para = (uint16_t) para;
	p->form = (uint16_t) form;
	tag = para_get(d, para, 1, form);
	p->tag = tag;
	p->gram = d->taggram[tag];
	p->count = count;
	p->predicted = (uint8_t) c->predicted;
	p->ending = (uint8_t) c->ending;
	if (c->predicted)
	{
		/* only productive parts of speech, and the paradigm's own prefix */
		if (p->gram & (DX_G(NUMR) | DX_G(NPRO) | DX_G(PRED) | DX_G(PREP) |
					   DX_G(CONJ) | DX_G(PRCL) | DX_G(INTJ) | DX_G(Apro)))
			return 0;
		if (para_get(d, para, 2, form) != c->prefix)
			return 0;
	}
	if (!set_stem(d, p, c->word, c->wl))
		return 0;
	/* the same analysis reached twice (ё and е spellings) */
	for (k = 0; k < c->n; k++)
		if (c->out[k].para == p->para && c->out[k].form == p->form &&
			c->out[k].stemlen == p->stemlen &&
			memcmp(c->out[k].stem, p->stem, p->stemlen) == 0)
			return 0;
	c->n++;
	return c->n >= c->max;
}

static int
word_record(const unsigned char *pl, void *arg)
{
	return add_parse(arg, dec7(pl), dec7(pl + 2), 0);
}

static int
pred_record(const unsigned char *pl, void *arg)
{
	return add_parse(arg, dec7(pl + 2), dec7(pl + 4), dec7(pl));
}

/*
 * Walk w[pos..] below node, trying ё for е; at the end collect the records.
 * *steps bounds the branching.
 */
static void
lookup_walk(oc_collect *c, unsigned char *w, size_t pos, uint32_t node, int *steps)
{
	int64_t		j;

	while (pos < c->wl)
	{
		if (++*steps > OC_MAX_STEPS || c->n >= c->max)
			return;
		if (w[pos] == 0xE5)
		{
			j = dawg_child(&c->d->words, node, 0xB8);
			if (j >= 0)
			{
				w[pos] = 0xB8;
				lookup_walk(c, w, pos + 1, (uint32_t) j, steps);
				w[pos] = 0xE5;
			}
		}
		j = dawg_child(&c->d->words, node, w[pos]);
		if (j < 0)
			return;
		node = (uint32_t) j;
		pos++;
	}
	j = dawg_child(&c->d->words, node, 0x01);
	if (j >= 0)
	{
		c->word = w;
		dawg_records(&c->d->words, (uint32_t) j, 4, word_record, c);
	}
}

/*
 * The node of the probabilities' DAWG after "word:" for the last word asked
 * (form_prob): the analyses of a word mostly spell the same word, so the
 * walk over it is shared and only the tag is walked per analysis.
 */
typedef struct oc_probword
{
	size_t		n;				/* bytes of word; 0: none yet */
	int64_t		node;			/* after word and ':', -1 when absent */
	unsigned char word[DX_OC_MAXWORD * 2];
} oc_probword;

/* P(t|w) x 10^6 of a form (CP1251) with its tag, 0 when not counted */
static uint32_t
form_prob(const dx_ocdict *d, const dx_ocparse *p, oc_probword *pw)
{
	unsigned char key[DX_OC_MAXWORD * 2 + 256];
	uint16_t	sid,
				pid;
	size_t		n,
				tl;
	int64_t		j;
	uint32_t	u;

	if (d->probs.n == 0)
		return 0;
	sid = para_get(d, p->para, 0, p->form);
	pid = para_get(d, p->para, 2, p->form);
	tl = d->tag[p->tag].len;
	n = (size_t) oc_prefix_len[pid] + p->stemlen + d->suf[sid].len;
	if (n + 1 + tl > sizeof(key))
		return 0;
	memcpy(key, oc_prefix[pid], (size_t) oc_prefix_len[pid]);
	memcpy(key + oc_prefix_len[pid], p->stem, p->stemlen);
	memcpy(key + oc_prefix_len[pid] + p->stemlen, d->sufbuf + d->suf[sid].off,
		   d->suf[sid].len);
	key[n] = ':';
	if (pw->n == n && n > 0 && memcmp(pw->word, key, n) == 0)
		j = pw->node;
	else
	{
		j = dawg_follow(&d->probs, 0, key, n + 1);
		if (n > 0 && n <= sizeof(pw->word))
		{
			memcpy(pw->word, key, n);
			pw->n = n;
			pw->node = j;
		}
	}
	if (j < 0)
		return 0;
	j = dawg_follow(&d->probs, (uint32_t) j, (const unsigned char *) d->tagbuf + d->tag[p->tag].off, tl);
	if (j < 0)
		return 0;
	u = unit_at(&d->probs, (uint32_t) j);
	if (!(u & 0x100u))
		return 0;
	j = (uint32_t) j ^ unit_offset(u);
	if (j >= d->probs.n)
		return 0;
	return unit_at(&d->probs, (uint32_t) j) & 0x7FFFFFFFu;
}

int
dx_ocdict_lookup(const dx_ocdict *d, const char *word, size_t len,
				 dx_ocparse *out, int max)
{
	unsigned char w[DX_OC_MAXWORD];
	oc_collect	c;
	int			wl,
				steps = 0;

	if (!d || !word || !out || max <= 0)
		return 0;
	wl = to_cp1251(word, len, w, sizeof(w));
	if (wl <= 0)
		return 0;
	memset(&c, 0, sizeof(c));
	c.d = d;
	c.wl = (size_t) wl;
	c.out = out;
	c.max = max;
	lookup_walk(&c, w, 0, 0, &steps);
	/* the most probable first (a stable insertion sort: n is small) */
	if (c.n > 1)
	{
		int			i,
					k;
		oc_probword pw;

		pw.n = 0;
		for (i = 0; i < c.n; i++)
			out[i].prob = form_prob(d, &out[i], &pw);
		for (i = 1; i < c.n; i++)
		{
			dx_ocparse	t = out[i];

			for (k = i; k > 0 && out[k - 1].prob < t.prob; k--)
				out[k] = out[k - 1];
			out[k] = t;
		}
	}
	return c.n;
}

int
dx_ocdict_predict(const dx_ocdict *d, const char *word, size_t len,
				  dx_ocparse *out, int max)
{
	unsigned char w[DX_OC_MAXWORD];
	oc_collect	c;
	int			wl,
				i,
				el;

	if (!d || !word || !out || max <= 0)
		return 0;
	wl = to_cp1251(word, len, w, sizeof(w));
	if (wl <= 0)
		return 0;
	memset(&c, 0, sizeof(c));
	c.d = d;
	c.word = w;
	c.wl = (size_t) wl;
	c.out = out;
	c.max = max;
	c.predicted = 1;
	for (i = 0; i < 3 && c.n < max; i++)
	{
		int			pl = oc_prefix_len[i];
		int			bl = wl - pl;

		if (bl <= 0 || memcmp(w, oc_prefix[i], (size_t) pl) != 0)
			continue;
		c.prefix = i;
		for (el = 5; el >= 1; el--)
		{
			int64_t		j;
			int			before = c.n;

			if (el >= bl)
				continue;
			j = dawg_follow(&d->pred[i], 0, w + wl - el, (size_t) el);
			if (j >= 0)
				j = dawg_child(&d->pred[i], (uint32_t) j, 0x01);
			if (j < 0)
				continue;
			c.ending = el;
			dawg_records(&d->pred[i], (uint32_t) j, 6, pred_record, &c);
			if (c.n > before)
				break;			/* the longest ending with analyses */
		}
	}
	return c.n;
}

int
dx_ocdict_analyse(const dx_ocdict *d, const char *word, size_t len,
				  dx_ocparse *out, int max)
{
	int			n = dx_ocdict_lookup(d, word, len, out, max);

	return n > 0 ? n : dx_ocdict_predict(d, word, len, out, max);
}

/* ------------------------------------------------------------ forms */

const char *
dx_ocdict_tag(const dx_ocdict *d, int tag)
{
	if (!d || tag < 0 || (uint32_t) tag >= d->ntag)
		return "";
	return d->tagbuf + d->tag[tag].off;
}

int
dx_ocdict_nforms(const dx_ocdict *d, const dx_ocparse *p)
{
	if (!d || !valid_parse(d, p))
		return 0;
	return d->para_nforms[p->para];
}

int
dx_ocdict_form(const dx_ocdict *d, const dx_ocparse *p, int i,
			   char *buf, size_t buflen, uint64_t *gram)
{
	unsigned char w[DX_OC_MAXWORD * 2 + 8];
	uint16_t	sid,
				pid;
	size_t		n;

	if (!d || !valid_parse(d, p) || i < 0 || i >= d->para_nforms[p->para] ||
		!buf || buflen == 0)
		return -1;
	sid = para_get(d, p->para, 0, (uint32_t) i);
	pid = para_get(d, p->para, 2, (uint32_t) i);
	n = (size_t) oc_prefix_len[pid];
	memcpy(w, oc_prefix[pid], n);
	memcpy(w + n, p->stem, p->stemlen);
	n += p->stemlen;
	if (n + d->suf[sid].len > sizeof(w))
		return -1;
	memcpy(w + n, d->sufbuf + d->suf[sid].off, d->suf[sid].len);
	n += d->suf[sid].len;
	if (gram)
		*gram = d->taggram[para_get(d, p->para, 1, (uint32_t) i)];
	return from_cp1251(w, n, buf, buflen);
}

int
dx_ocdict_lemma(const dx_ocdict *d, const dx_ocparse *p, char *buf, size_t buflen)
{
	return dx_ocdict_form(d, p, 0, buf, buflen, NULL);
}

int
dx_ocdict_inflect(const dx_ocdict *d, const dx_ocparse *p, uint64_t want,
				  uint64_t keep, char *buf, size_t buflen)
{
	int			i,
				nf = dx_ocdict_nforms(d, p);

	for (i = 0; i < nf; i++)
	{
		uint64_t	g = d->taggram[para_get(d, p->para, 1, (uint32_t) i)];

		if ((g & want) == want && (g & keep) == (p->gram & keep))
			return dx_ocdict_form(d, p, i, buf, buflen, NULL);
	}
	return -1;
}

/* ------------------------------------------------------------ loading */

static void
unmap(oc_map *m)
{
	if (m->base)
		munmap(m->base, m->size);
	m->base = NULL;
	m->size = 0;
}

static int
map_file(oc_map *m, const char *dir, const char *name, char *err, size_t errlen)
{
	char		path[4096];
	struct stat st;
	int			fd;
	void	   *p;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	fd = open(path, O_RDONLY);
	if (fd < 0)
	{
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0 ||
		(unsigned long long) st.st_size > OC_MAX_FILE)
	{
		snprintf(err, errlen, "%s: not a regular file of a plausible size", path);
		close(fd);
		return -1;
	}
	p = mmap(NULL, (size_t) st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (p == MAP_FAILED)
	{
		snprintf(err, errlen, "%s: mmap: %s", path, strerror(errno));
		return -1;
	}
	m->base = p;
	m->size = (size_t) st.st_size;
	return 0;
}

/* read a whole (small) file into malloc'd memory, NUL-terminated */
static char *
read_file(const char *dir, const char *name, size_t *len, char *err, size_t errlen)
{
	char		path[4096];
	FILE	   *f;
	char	   *buf;
	long		sz;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "rb");
	if (!f)
	{
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	if (fseek(f, 0, SEEK_END) != 0 || (sz = ftell(f)) < 0 || sz > (long) (8 << 20) ||
		fseek(f, 0, SEEK_SET) != 0)
	{
		snprintf(err, errlen, "%s: cannot size, or too large", path);
		fclose(f);
		return NULL;
	}
	buf = malloc((size_t) sz + 1);
	if (!buf || fread(buf, 1, (size_t) sz, f) != (size_t) sz)
	{
		snprintf(err, errlen, "%s: cannot read", path);
		free(buf);
		fclose(f);
		return NULL;
	}
	fclose(f);
	buf[sz] = '\0';
	*len = (size_t) sz;
	return buf;
}

/*
 * Parse a JSON array of strings in place: the strings are unescaped into
 * the same buffer (they only shrink), NUL-terminated, and listed in strs
 * (malloc'd).  Only \" \\ \/ and \uXXXX below U+0800 are accepted.
 */
static int
json_strings(char *buf, size_t len, oc_str **strs, uint32_t *n)
{
	size_t		i = 0,
				o = 0,
				cap = 0;
	uint32_t	cnt = 0;
	oc_str	   *out = NULL;

#define SKIPWS() while (i < len && (buf[i] == ' ' || buf[i] == '\n' || buf[i] == '\r' || buf[i] == '\t')) i++
	SKIPWS();
	if (i >= len || buf[i] != '[')
		goto bad;
	i++;
	SKIPWS();
	if (i < len && buf[i] == ']')
		goto done;
	for (;;)
	{
		size_t		start;

		SKIPWS();
		if (i >= len || buf[i] != '"')
			goto bad;
		i++;
		start = o;
		while (i < len && buf[i] != '"')
		{
			if (buf[i] == '\\')
			{
				if (i + 1 >= len)
					goto bad;
				if (buf[i + 1] == '"' || buf[i + 1] == '\\' || buf[i + 1] == '/')
				{
					buf[o++] = buf[i + 1];
					i += 2;
				}
				else if (buf[i + 1] == 'u' && i + 5 < len)
				{
					unsigned int cp = 0;
					int			k;

					for (k = 2; k < 6; k++)
					{
						char		h = buf[i + k];

						cp <<= 4;
						if (h >= '0' && h <= '9')
							cp |= (unsigned) (h - '0');
						else if (h >= 'a' && h <= 'f')
							cp |= (unsigned) (h - 'a' + 10);
						else if (h >= 'A' && h <= 'F')
							cp |= (unsigned) (h - 'A' + 10);
						else
							goto bad;
					}
					if (cp == 0 || cp >= 0x800)
						goto bad;
					if (cp < 0x80)
						buf[o++] = (char) cp;
					else
					{
						buf[o++] = (char) (0xC0 | (cp >> 6));
						buf[o++] = (char) (0x80 | (cp & 0x3F));
					}
					i += 6;
				}
				else
					goto bad;
			}
			else
				buf[o++] = buf[i++];
		}
		if (i >= len)
			goto bad;
		i++;					/* closing quote */
		if (o - start > 0xFFFF || cnt >= 0x10000)
			goto bad;
		if (cnt == cap)
		{
			oc_str	   *nw;

			cap = cap ? cap * 2 : 1024;
			nw = realloc(out, cap * sizeof(*out));
			if (!nw)
				goto bad;
			out = nw;
		}
		out[cnt].off = (uint32_t) start;
		out[cnt].len = (uint16_t) (o - start);
		cnt++;
		buf[o++] = '\0';		/* o < i: the quote was one byte at least */
		SKIPWS();
		if (i < len && buf[i] == ',')
		{
			i++;
			continue;
		}
		if (i < len && buf[i] == ']')
			break;
		goto bad;
	}
done:
#undef SKIPWS
	*strs = out;
	*n = cnt;
	return 0;
bad:
	free(out);
	return -1;
}

static const char *const oc_gram_names[] = {
#define DX_G_NAME(g) #g,
	DX_GRAMMEMES(DX_G_NAME)
#undef DX_G_NAME
};

static uint64_t
tag_grammemes(const char *t)
{
	uint64_t	g = 0;

	while (*t)
	{
		char		name[8];
		size_t		k = 0;
		int			i;

		while (*t && *t != ',' && *t != ' ')
		{
			if (k < sizeof(name) - 1)
				name[k++] = *t;
			t++;
		}
		name[k] = '\0';
		if (*t)
			t++;
		if (strcmp(name, "Ms-f") == 0)
			strcpy(name, "Ms_f");
		else if (k == 4 && name[1] == 'p' && name[0] >= '1' && name[0] <= '3')
		{
			name[3] = name[0];
			memcpy(name, "per", 3);
		}
		for (i = 0; i < DX_GI_COUNT; i++)
			if (strcmp(name, oc_gram_names[i]) == 0)
			{
				g |= (uint64_t) 1 << i;
				break;
			}
	}
	return g;
}

static int
load_paradigms(dx_ocdict *d, const oc_map *m, char *err, size_t errlen)
{
	size_t		pos = 2;
	uint32_t	i,
				k;

	if (m->size < 2)
		goto bad;
	d->npara = rd16(m->base);
	d->para_data = m->base;
	d->para_off = malloc(sizeof(uint32_t) * (d->npara + 1));
	d->para_nforms = malloc(sizeof(uint16_t) * (d->npara + 1));
	if (!d->para_off || !d->para_nforms)
		goto bad;
	d->heap += (sizeof(uint32_t) + sizeof(uint16_t)) * (d->npara + 1);
	for (i = 0; i < d->npara; i++)
	{
		uint32_t	len;

		if (pos + 2 > m->size)
			goto bad;
		len = rd16(m->base + pos);
		pos += 2;
		if (len == 0 || len % 3 != 0 || pos + (size_t) len * 2 > m->size)
			goto bad;
		d->para_off[i] = (uint32_t) pos;
		d->para_nforms[i] = (uint16_t) (len / 3);
		/* every id in range, so lookups need no further checks */
		for (k = 0; k < len / 3; k++)
			if (para_get(d, i, 0, k) >= d->nsuf ||
				para_get(d, i, 1, k) >= d->ntag ||
				para_get(d, i, 2, k) >= 3)
				goto bad;
		pos += (size_t) len * 2;
	}
	return 0;
bad:
	snprintf(err, errlen, "paradigms.array: damaged or truncated");
	return -1;
}

const char *
dx_ocdict_default_dir(void)
{
	const char *e = getenv("DIPLO_OPENCORPORA");

	return (e && *e) ? e : DX_OCDICT_DEFAULT_DIR;
}

dx_ocdict *
dx_ocdict_open(const char *dir, char *err, size_t errlen)
{
	static const char *const dawgs[4] = {
		"words.dawg", "prediction-suffixes-0.dawg",
		"prediction-suffixes-1.dawg", "prediction-suffixes-2.dawg"
	};
	dx_ocdict  *d;
	char		lerr[1];
	size_t		len;
	uint32_t	i;
	int			k;

	if (!err || errlen == 0)
	{
		err = lerr;
		errlen = sizeof(lerr);
	}
	err[0] = '\0';
	if (!dir)
		dir = dx_ocdict_default_dir();
	d = calloc(1, sizeof(*d));
	if (!d)
	{
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	for (k = 0; k < 4; k++)
		if (map_file(&d->maps[k], dir, dawgs[k], err, errlen) != 0 ||
			dawg_open(k == 0 ? &d->words : &d->pred[k - 1], &d->maps[k],
					  err, errlen, dawgs[k]) != 0)
			goto fail;

	/* suffixes, converted to CP1251 in place (never longer than UTF-8) */
	d->sufbuf = (unsigned char *) read_file(dir, "suffixes.json", &len, err, errlen);
	if (!d->sufbuf)
		goto fail;
	d->heap += len + 1;
	if (json_strings((char *) d->sufbuf, len, &d->suf, &d->nsuf) != 0)
	{
		snprintf(err, errlen, "suffixes.json: damaged");
		goto fail;
	}
	d->heap += d->nsuf * sizeof(oc_str);
	for (i = 0; i < d->nsuf; i++)
	{
		unsigned char tmp[256];
		int			n = to_cp1251((char *) d->sufbuf + d->suf[i].off, d->suf[i].len,
								  tmp, sizeof(tmp));

		if (n < 0 && d->suf[i].len > 0)
		{
			snprintf(err, errlen, "suffixes.json: suffix %u is not Russian", i);
			goto fail;
		}
		if (n < 0)
			n = 0;
		memcpy(d->sufbuf + d->suf[i].off, tmp, (size_t) n);
		d->suf[i].len = (uint16_t) n;
	}

	d->tagbuf = read_file(dir, "gramtab-opencorpora-int.json", &len, err, errlen);
	if (!d->tagbuf)
		goto fail;
	d->heap += len + 1;
	if (json_strings(d->tagbuf, len, &d->tag, &d->ntag) != 0 || d->ntag == 0)
	{
		snprintf(err, errlen, "gramtab-opencorpora-int.json: damaged");
		goto fail;
	}
	d->taggram = malloc(sizeof(uint64_t) * d->ntag);
	if (!d->taggram)
		goto fail;
	d->heap += d->ntag * (sizeof(uint64_t) + sizeof(oc_str));
	for (i = 0; i < d->ntag; i++)
		d->taggram[i] = tag_grammemes(d->tagbuf + d->tag[i].off);

	if (map_file(&d->maps[4], dir, "paradigms.array", err, errlen) != 0 ||
		load_paradigms(d, &d->maps[4], err, errlen) != 0)
		goto fail;
	/* P(t|w) only ranks analyses: a dictionary without it still works */
	{
		char		perr[256];

		if (map_file(&d->maps[5], dir, "p_t_given_w.intdawg", perr, sizeof(perr)) != 0 ||
			dawg_open(&d->probs, &d->maps[5], perr, sizeof(perr), "p_t_given_w.intdawg") != 0)
		{
			unmap(&d->maps[5]);
			memset(&d->probs, 0, sizeof(d->probs));
		}
	}
	return d;
fail:
	dx_ocdict_close(d);
	return NULL;
}

void
dx_ocdict_close(dx_ocdict *d)
{
	int			k;

	if (!d)
		return;
	for (k = 0; k < 6; k++)
		unmap(&d->maps[k]);
	free(d->para_off);
	free(d->para_nforms);
	free(d->sufbuf);
	free(d->suf);
	free(d->tagbuf);
	free(d->tag);
	free(d->taggram);
	free(d);
}

size_t
dx_ocdict_memory(const dx_ocdict *d)
{
	size_t		s = 0;
	int			k;

	if (!d)
		return 0;
	for (k = 0; k < 6; k++)
		s += d->maps[k].size;
	return s + d->heap + sizeof(*d);
}
