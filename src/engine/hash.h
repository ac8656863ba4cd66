/*
 * hash.h - FNV-1a over bytes: the hash of the engine's lookup tables and of
 * its caches of word forms (grammar.c, lexicon.c, match.c, morph_dict.c),
 * and its 64-bit form for the digest of the cue classes and the tail of the
 * lexicon image's checksum (lexicon.c, lexicon_image.c).
 */
#ifndef DX_HASH_H
#define DX_HASH_H

#include <stddef.h>
#include <stdint.h>

#define DX_FNV_BASIS 2166136261u
#define DX_FNV_PRIME 16777619u

/* h carried on over the n bytes at p */
static inline uint32_t
dx_fnv1a_from(uint32_t h, const void *p, size_t n)
{
	const unsigned char *s = p;
	size_t		i;

	for (i = 0; i < n; i++)
		h = (h ^ s[i]) * DX_FNV_PRIME;
	return h;
}

/* the hash of the n bytes at p */
static inline uint32_t
dx_fnv1a(const void *p, size_t n)
{
	return dx_fnv1a_from(DX_FNV_BASIS, p, n);
}

#define DX_FNV64_BASIS 1469598103934665603ULL
#define DX_FNV64_PRIME 1099511628211ULL

/* the 64-bit hash carried on over the n bytes at p */
static inline uint64_t
dx_fnv1a64_from(uint64_t h, const void *p, size_t n)
{
	const unsigned char *s = p;
	size_t		i;

	for (i = 0; i < n; i++)
		h = (h ^ s[i]) * DX_FNV64_PRIME;
	return h;
}

#endif							/* DX_HASH_H */
