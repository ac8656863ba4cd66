/* arena.c - per-document bump allocator: one free at the end, no per-token malloc. */
#include "arena.h"

#include <stdlib.h>
#include <string.h>

#define DX_ALIGN 16
#define DX_BLOCK 65536

void
dx_arena_init(dx_arena *a)
{
	a->head = NULL;
	a->total = 0;
	a->limit = 0;
	a->failed = 0;
	a->over_limit = 0;
}

/* would size more bytes of blocks go past the arena's limit? */
static int
past_limit(dx_arena *a, size_t size)
{
	if (a->limit == 0 || (a->total <= a->limit && size <= a->limit - a->total))
		return 0;
	a->failed = 1;
	a->over_limit = 1;
	return 1;
}

void
dx_arena_free(dx_arena *a)
{
	dx_arena_block *b = a->head;

	while (b)
	{
		dx_arena_block *next = b->next;

		free(b);
		b = next;
	}
	a->head = NULL;
	a->total = 0;
}

static size_t
align_up(size_t n)
{
	return (n + DX_ALIGN - 1) & ~(size_t) (DX_ALIGN - 1);
}

static size_t
hdr_size(void)
{
	return align_up(sizeof(dx_arena_block));
}

/* the bytes an allocation of n takes from its block: dx_arena_trim relies on it */
static size_t
alloc_size(size_t n)
{
	return n == 0 ? DX_ALIGN : align_up(n);
}

void *
dx_alloc_raw(dx_arena *a, size_t n)
{
	dx_arena_block *b = a->head;
	char	   *p;

	n = alloc_size(n);
	/* more than half a block always gets a block of its own (dx_regrow) */
	if (b == NULL || b->size - b->used < n || n > DX_BLOCK / 2)
	{
		size_t		size = n > DX_BLOCK / 2 ? n : DX_BLOCK;

		if (past_limit(a, size))
			return NULL;
		b = malloc(hdr_size() + size);
		if (b == NULL)
		{
			a->failed = 1;
			return NULL;
		}
		b->size = size;
		b->used = 0;
		/* a big lone block goes behind the head so the head keeps filling */
		if (n > DX_BLOCK / 2 && a->head)
		{
			b->next = a->head->next;
			a->head->next = b;
		}
		else
		{
			b->next = a->head;
			a->head = b;
		}
		a->total += size;
	}
	p = (char *) b + hdr_size() + b->used;
	b->used += n;
	return p;
}

/*
 * Give back the end of the newest allocation: p (of n bytes) keeps only its
 * first keep bytes.  Nothing happens unless p is the last thing handed out
 * of the head block.
 */
void
dx_arena_trim(dx_arena *a, void *p, size_t n, size_t keep)
{
	dx_arena_block *b = a->head;

	n = alloc_size(n);
	keep = align_up(keep);
	if (b == NULL || keep >= n || b->used < n ||
		(char *) p != (char *) b + hdr_size() + b->used - n)
		return;
	b->used -= n - keep;
}

void *
dx_alloc_lone(dx_arena *a, size_t n)
{
	return dx_alloc(a, n);
}

void
dx_arena_release(dx_arena *a, void *p, size_t n)
{
	dx_arena_block *b,
			  **pp;

	/* only a block of its own can go: a small allocation stays */
	if (p == NULL || alloc_size(n) <= DX_BLOCK / 2)
		return;
	b = (dx_arena_block *) ((char *) p - hdr_size());
	for (pp = &a->head; *pp != NULL && *pp != b; pp = &(*pp)->next)
		;
	if (*pp == NULL)
		return;
	*pp = b->next;
	a->total -= b->size;
	free(b);
}

void *
dx_alloc(dx_arena *a, size_t n)
{
	void	   *p = dx_alloc_raw(a, n);

	if (p != NULL)
		memset(p, 0, n);
	return p;
}

char *
dx_strndup(dx_arena *a, const char *s, size_t n)
{
	char	   *p = dx_alloc_raw(a, n + 1);

	if (p == NULL)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
dx_strdup(dx_arena *a, const char *s)
{
	return s ? dx_strndup(a, s, strlen(s)) : NULL;
}

static int
grow_cap(dx_arena *a, int *cap, size_t elem)
{
	int			ncap = *cap ? *cap * 2 : 16;

	if (ncap < 0 || (size_t) ncap > ((size_t) 1 << 30) / elem)
	{
		a->failed = 1;
		return -1;
	}
	return ncap;
}

void *
dx_grow(dx_arena *a, void *arr, int *cap, size_t elem, int n)
{
	int			ncap = grow_cap(a, cap, elem);
	void	   *p;

	if (ncap < 0)
		return NULL;
	/* DX_PUSH zeroes each element it hands out */
	p = dx_alloc_raw(a, (size_t) ncap * elem);
	if (p == NULL)
		return NULL;
	if (arr && n > 0)
		memcpy(p, arr, (size_t) n * elem);
	*cap = ncap;
	return p;
}

void *
dx_regrow(dx_arena *a, void *arr, int *cap, size_t elem, int n)
{
	size_t		old = align_up((size_t) *cap * elem);
	size_t		size;
	int			ncap;
	dx_arena_block *b,
			  **pp;

	/* a small array shares a block with others: copy it as dx_grow does */
	if (arr == NULL || old <= DX_BLOCK / 2)
		return dx_grow(a, arr, cap, elem, n);
	ncap = grow_cap(a, cap, elem);
	if (ncap < 0)
		return NULL;
	size = align_up((size_t) ncap * elem);
	/* a large one has a block of its own, see dx_alloc_raw */
	b = (dx_arena_block *) ((char *) arr - hdr_size());
	if (size > b->size && past_limit(a, size - b->size))
		return NULL;
	for (pp = &a->head; *pp != b; pp = &(*pp)->next)
		;
	b = realloc(b, hdr_size() + size);
	if (b == NULL)
	{
		a->failed = 1;
		return NULL;
	}
	*pp = b;
	a->total += size - b->size;
	b->size = size;
	b->used = size;
	*cap = ncap;
	return (char *) b + hdr_size();
}

void
dx_buf_init(dx_buf *b, dx_arena *a)
{
	b->a = a;
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
}

static int
buf_reserve(dx_buf *b, size_t extra)
{
	size_t		need = b->len + extra + 1;
	char	   *p;
	size_t		ncap;

	if (need <= b->cap)
		return 1;
	ncap = b->cap ? b->cap * 2 : 64;
	while (ncap < need)
		ncap *= 2;
	p = dx_alloc_raw(b->a, ncap);
	if (p == NULL)
		return 0;
	if (b->len)
		memcpy(p, b->data, b->len);
	b->data = p;
	b->cap = ncap;
	return 1;
}

void
dx_buf_add(dx_buf *b, const char *s, size_t n)
{
	if (!buf_reserve(b, n))
		return;
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
dx_buf_adds(dx_buf *b, const char *s)
{
	dx_buf_add(b, s, strlen(s));
}

void
dx_buf_addc(dx_buf *b, char c)
{
	dx_buf_add(b, &c, 1);
}

const char *
dx_buf_str(dx_buf *b)
{
	if (b->data == NULL && !buf_reserve(b, 0))
		return "";
	b->data[b->len] = '\0';
	return b->data;
}

void
dx_buf_reset(dx_buf *b)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
}

int
dx_reserve(char **buf, size_t *cap, size_t need, size_t first, size_t max)
{
	size_t		ncap;
	char	   *nb;

	if (need <= *cap)
		return 0;
	ncap = *cap ? *cap * 2 : first;
	while (ncap < need && ncap <= max / 2)
		ncap *= 2;
	if (ncap < need || ncap > max || (nb = realloc(*buf, ncap)) == NULL)
		return -1;
	*buf = nb;
	*cap = ncap;
	return 0;
}
