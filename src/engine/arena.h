/* arena.h - per-document bump allocator and growable arrays for the engine. */
#ifndef DX_ARENA_H
#define DX_ARENA_H

#include <stddef.h>
#include <string.h>

typedef struct dx_arena_block
{
	struct dx_arena_block *next;
	size_t		size;
	size_t		used;
	/* data follows, max-aligned */
} dx_arena_block;

typedef struct dx_arena
{
	dx_arena_block *head;
	size_t		total;
	size_t		limit;			/* most bytes of blocks, 0 no limit */
	int			failed;			/* set once an allocation failed */
	int			over_limit;		/* ... because of the limit */
} dx_arena;

void		dx_arena_init(dx_arena *a);
void		dx_arena_free(dx_arena *a);
/* Zeroed memory; NULL (and a->failed set) when out of memory. */
void	   *dx_alloc(dx_arena *a, size_t n);
/* The same, not zeroed: for memory the caller writes in full anyway. */
void	   *dx_alloc_raw(dx_arena *a, size_t n);
/*
 * Memory of its own (a block of its own when large) that dx_arena_release
 * gives back before the arena ends: for tables rebuilt as they grow.
 */
void	   *dx_alloc_lone(dx_arena *a, size_t n);
void		dx_arena_release(dx_arena *a, void *p, size_t n);
/* Give back the tail of the newest allocation p of n bytes, keeping keep. */
void		dx_arena_trim(dx_arena *a, void *p, size_t n, size_t keep);
char	   *dx_strndup(dx_arena *a, const char *s, size_t n);
char	   *dx_strdup(dx_arena *a, const char *s);

/*
 * Growable array stored in the arena: DX_PUSH(a, arr, n, cap) makes room for
 * one more element of *arr and returns a pointer to it (zeroed), or NULL.
 * Only the pushed element is zeroed, not the spare capacity.
 */
void	   *dx_grow(dx_arena *a, void *arr, int *cap, size_t elem, int n);
#define DX_PUSH(a, arr, n, cap) \
	(((n) < (cap) || ((arr) = dx_grow((a), (arr), &(cap), sizeof(*(arr)), (n))) != NULL) \
	 ? memset(&(arr)[(n)++], 0, sizeof(*(arr))) : NULL)

/*
 * DX_PUSH for an array that nothing else points into while it grows (the
 * tokens, the forms): once large it is resized with realloc instead of
 * copied, so a long document does not keep every smaller copy in its arena.
 */
void	   *dx_regrow(dx_arena *a, void *arr, int *cap, size_t elem, int n);
#define DX_PUSH_SOLE(a, arr, n, cap) \
	(((n) < (cap) || ((arr) = dx_regrow((a), (arr), &(cap), sizeof(*(arr)), (n))) != NULL) \
	 ? memset(&(arr)[(n)++], 0, sizeof(*(arr))) : NULL)

/*
 * A malloc'd byte buffer (*buf of *cap bytes, NULL and 0 at first) made to
 * hold at least need bytes: its capacity doubles from first, never beyond
 * max.  0 on success; -1 when out of memory or past max, the buffer kept.
 * For buffers that outgrow an arena or leave the engine (JSON, the lexicon's
 * forms, the image's strings).
 */
int			dx_reserve(char **buf, size_t *cap, size_t need, size_t first, size_t max);

/* A string builder in the arena. */
typedef struct dx_buf
{
	dx_arena   *a;
	char	   *data;
	size_t		len;
	size_t		cap;
} dx_buf;

void		dx_buf_init(dx_buf *b, dx_arena *a);
void		dx_buf_add(dx_buf *b, const char *s, size_t n);
void		dx_buf_adds(dx_buf *b, const char *s);
void		dx_buf_addc(dx_buf *b, char c);
/* NUL-terminated contents (the buffer may be reused after dx_buf_reset). */
const char *dx_buf_str(dx_buf *b);
void		dx_buf_reset(dx_buf *b);

#endif
