/*
 * morph_dict.c - the OpenCorpora dictionary of a lexicon: opened when the
 * lexicon is finished or loaded from an image, closed with it, asked by the
 * passes through morph.h.
 */
#include "lexicon.h"
#include "morph.h"

#include <string.h>

void
dx_lex_open_morph(dx_lexicon *lex)
{
	if (lex != NULL && lex->morph_dict == NULL)
		lex->morph_dict = dx_ocdict_open(NULL, NULL, 0);	/* NULL when absent */
}

int
dx_morph_has_dict(const dx_lexicon *lex)
{
	return lex != NULL && lex->morph_dict != NULL;
}

const dx_ocdict *
dx_morph_dict(const dx_lexicon *lex)
{
	return lex != NULL ? lex->morph_dict : NULL;
}

int
dx_morph_analyse(const dx_lexicon *lex, const char *word, size_t len,
				 dx_ocparse *out, int max)
{
	if (!dx_morph_has_dict(lex))
		return 0;
	return dx_ocdict_analyse(lex->morph_dict, word, len, out, max);
}

/* 1 when the UTF-8 text starts with a capital Cyrillic letter */
static int
cyr_capital(const unsigned char *s, size_t len)
{
	return len >= 2 && s[0] == 0xD0 && ((s[1] >= 0x90 && s[1] <= 0xAF) || s[1] == 0x81);
}

/* capitalise the first letter of a lower-case Cyrillic word, in place */
static void
cyr_capitalise(unsigned char *s, size_t len)
{
	if (len < 2)
		return;
	if (s[0] == 0xD0 && s[1] >= 0xB0 && s[1] <= 0xBF)
		s[1] -= 0x20;			/* а..п -> А..П */
	else if (s[0] == 0xD1 && s[1] >= 0x80 && s[1] <= 0x8F)
	{
		s[0] = 0xD0;			/* р..я -> Р..Я */
		s[1] += 0x20;
	}
	else if (s[0] == 0xD1 && s[1] == 0x91)
	{
		s[0] = 0xD0;			/* ё -> Ё */
		s[1] = 0x81;
	}
}

int
dx_morph_nominative(const dx_lexicon *lex, const char *word, size_t len,
					uint64_t need, char *buf, size_t buflen)
{
	dx_ocparse	p[32];
	int			i,
				n,
				r;

	n = dx_morph_analyse(lex, word, len, p, 32);
	for (i = 0; i < n; i++)
	{
		if ((p[i].gram & need) != need)
			continue;
		r = dx_ocdict_inflect(lex->morph_dict, &p[i], DX_G(nomn),
							  DX_G_POS | DX_G_GENDERS | DX_G_NUMBERS | DX_G_NAMES,
							  buf, buflen);
		if (r < 0)
			continue;
		if (cyr_capital((const unsigned char *) word, len))
			cyr_capitalise((unsigned char *) buf, (size_t) r);
		return r;
	}
	return -1;
}
