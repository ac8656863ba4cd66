/*
 * morph.c - rule-based Russian inflection: generating the forms of lexicon
 * words and putting names and adjectives back into the nominative.
 */
#include "morph.h"
#include "text.h"

#include <string.h>

/* does s, n bytes long, end with suffix, m bytes long? */
static inline int
ends_n(const char *s, size_t n, const char *suffix, size_t m)
{
	return n >= m && (m == 0 || s[n - 1] == suffix[m - 1]) &&
		memcmp(s + n - m, suffix, m) == 0;
}

int
dx_ends(const char *s, const char *suffix)
{
	return ends_n(s, strlen(s), suffix, strlen(suffix));
}

/* dx_ends with a string literal, whose length is known when compiling */
#define ENDS_LIT(s, lit) ends_n((s), strlen(s), "" lit, sizeof(lit) - 1)

/* an ending with its length in bytes; a list of them ends with {NULL, 0} */
typedef struct
{
	const char *s;
	size_t		len;
} dx_end;

#define E_(lit) {"" lit, sizeof(lit) - 1}

/* does s, n bytes long, end with one of the endings of the list? */
static int
ends_in_n(const char *s, size_t n, const dx_end *ends)
{
	int			i;

	for (i = 0; ends[i].s; i++)
		if (ends_n(s, n, ends[i].s, ends[i].len))
			return 1;
	return 0;
}

/* does s end with one of the endings of the list? */
static int
ends_in(const char *s, const dx_end *ends)
{
	return ends_in_n(s, strlen(s), ends);
}

static void
emit_stem(const char *stem, int stemlen, const char *const *ends,
		  void (*emit) (const char *, int, void *), void *arg)
{
	char		buf[256];
	int			i;

	if (stemlen <= 0 || stemlen > 200)
		return;
	memcpy(buf, stem, stemlen);
	for (i = 0; ends[i]; i++)
	{
		int			m = (int) strlen(ends[i]);

		memcpy(buf + stemlen, ends[i], m);
		buf[stemlen + m] = '\0';
		emit(buf, stemlen + m, arg);
	}
}

static const char *const ADJ_ENDS[] = {
	"ый", "ий", "ой", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ая", "яя",
	"ей", "ую", "юю", "ою", "ею", "ое", "ее", "ые", "ие", "ых", "их", "ыми", "ими", "о", NULL
};
/* a proper noun's adjectival forms: singular only (Рахой must not take Рахими) */
static const char *const ADJ_SG[] = {
	"ый", "ий", "ой", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ая", "яя",
	"ей", "ую", "юю", "ою", "ею", "ое", "ее", "о", NULL
};
static const char *const IE_ENDS[] = {
	"ие", "ия", "ию", "ием", "ии", "ий", "иям", "иями", "иях", NULL
};
static const char *const IYA_ENDS[] = {
	"ия", "ии", "ию", "ией", "иею", "ий", "иям", "иями", "иях", NULL
};
static const char *const A_ENDS[] = {
	"а", "ы", "и", "е", "у", "ой", "ою", "ам", "ами", "ах", "", NULL
};
static const char *const YA_ENDS[] = {
	"я", "и", "е", "ю", "ей", "ею", "ям", "ями", "ях", "ь", NULL
};
static const char *const SOFT_ENDS[] = {
	"ь", "я", "ю", "ем", "е", "и", "ью", "ей", "ям", "ями", "ях", NULL
};
static const char *const J_ENDS[] = {
	"й", "я", "ю", "ем", "е", "и", "ев", "ям", "ями", "ях", NULL
};
static const char *const PL_ENDS[] = {
	"ы", "и", "ов", "ев", "ей", "ам", "ям", "ами", "ями", "ах", "ях", "", NULL
};
static const char *const O_ENDS[] = {
	"о", "а", "у", "ом", "е", "ам", "ами", "ах", "", NULL
};
static const char *const E_ENDS[] = {
	"е", "я", "ю", "ем", "и", "ей", "ям", "ями", "ях", NULL
};
static const char *const CONS_ENDS[] = {
	"", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах", "и", NULL
};
static const char *const SIB_ENDS[] = {
	"ем", "ей", "ом", NULL
};
/* proper nouns name one thing: singular forms only (Пита must not give Пит) */
static const char *const A_SG[] = {"а", "ы", "и", "е", "у", "ой", "ою", NULL};
static const char *const YA_SG[] = {"я", "и", "е", "ю", "ей", "ею", NULL};
static const char *const IYA_SG[] = {"ия", "ии", "ию", "ией", "иею", NULL};
static const char *const IE_SG[] = {"ие", "ия", "ию", "ием", "ии", NULL};
static const char *const SOFT_SG[] = {"ь", "я", "ю", "ем", "е", "и", "ью", "ей", NULL};
static const char *const J_SG[] = {"й", "я", "ю", "ем", "е", NULL};
static const char *const CONS_SG[] = {"", "а", "у", "ом", "е", NULL};
static const char *const O_SG[] = {"о", "а", "у", "ом", "е", NULL};
static const char *const E_SG[] = {"е", "я", "ю", "ем", NULL};

static const char *const OV_ENDS[] = {
	"ым", "ой", "ых", "ыми", NULL
};

/* the letter (2 bytes in UTF-8 for Cyrillic) before an ending of m bytes */
static int
prev_in(const char *w, int len, int m, const char *set)
{
	int			p = len - m - 2;
	const char *s;

	if (p < 0)
		return 0;
	for (s = set; *s; s += 2)
		if (memcmp(w + p, s, 2) == 0)
			return 1;
	return 0;
}

void
dx_morph_forms(const char *w, int proper, void (*emit) (const char *, int, void *), void *arg)
{
	int			len = (int) strlen(w);
	int			n = dx_utf8_chars(w);
	int			sg = proper != 0;	/* singular forms only */

	proper = proper == 1;

	emit(w, len, arg);
	if (n < 2 || ((unsigned char) w[0] < 0xC0))	/* not Cyrillic: as is */
		return;
	if (n <= 2 && proper)
		return;

	if ((ENDS_LIT(w, "ый") || ENDS_LIT(w, "ий") || ENDS_LIT(w, "ой")) && n > 3)
	{
		static const char *const IJ_NOUN[] = {"ия", "ию", "ием", "ии", "ие", NULL};

		emit_stem(w, len - 4, sg ? ADJ_SG : ADJ_ENDS, emit, arg);
		/* names in -ий are nouns: Дмитрий -> Дмитрия, Дмитрием */
		if (proper && ENDS_LIT(w, "ий"))
			emit_stem(w, len - 4, IJ_NOUN, emit, arg);
		/* a foreign name in -ой may be a noun too: Рахой -> Рахоя, Рахоем */
		if (proper && ENDS_LIT(w, "ой"))
			emit_stem(w, len - 2, J_SG, emit, arg);
	}
	else if ((ENDS_LIT(w, "ая") || ENDS_LIT(w, "яя")) && n > 3)
		emit_stem(w, len - 4, sg ? ADJ_SG : ADJ_ENDS, emit, arg);
	else if ((ENDS_LIT(w, "ое") || ENDS_LIT(w, "ее")) && n > 3)
		emit_stem(w, len - 4, sg ? ADJ_SG : ADJ_ENDS, emit, arg);
	else if (ENDS_LIT(w, "ые") || (ENDS_LIT(w, "ие") && prev_in(w, len, 4, "кгхшжщч")))
		emit_stem(w, len - 4, ADJ_ENDS, emit, arg);
	else if (ENDS_LIT(w, "ие"))
		emit_stem(w, len - 4, sg ? IE_SG : IE_ENDS, emit, arg);
	else if (ENDS_LIT(w, "ия"))
		emit_stem(w, len - 4, sg ? IYA_SG : IYA_ENDS, emit, arg);
	else if (ENDS_LIT(w, "а") && proper && (ENDS_LIT(w, "оа") || ENDS_LIT(w, "уа") || ENDS_LIT(w, "иа") ||
											ENDS_LIT(w, "еа") || ENDS_LIT(w, "аа")))
		return;					/* Самоа, Гоа, Никарагуа: do not decline */
	else if (ENDS_LIT(w, "а"))
		emit_stem(w, len - 2, sg ? A_SG : A_ENDS, emit, arg);
	else if (ENDS_LIT(w, "я"))
		emit_stem(w, len - 2, sg ? YA_SG : YA_ENDS, emit, arg);
	else if (ENDS_LIT(w, "ь"))
		emit_stem(w, len - 2, sg ? SOFT_SG : SOFT_ENDS, emit, arg);
	else if (ENDS_LIT(w, "й"))
		emit_stem(w, len - 2, sg ? J_SG : J_ENDS, emit, arg);
	else if (ENDS_LIT(w, "ы") || (ENDS_LIT(w, "и") && !proper))
		emit_stem(w, len - 2, PL_ENDS, emit, arg);
	else if (ENDS_LIT(w, "о") && (!proper || ENDS_LIT(w, "ство") || ENDS_LIT(w, "тво")))
		emit_stem(w, len - 2, sg ? O_SG : O_ENDS, emit, arg);	/* Королевство declines, Токио does not */
	else if (ENDS_LIT(w, "е") && !proper)
		emit_stem(w, len - 2, sg ? E_SG : E_ENDS, emit, arg);
	else if (ENDS_LIT(w, "о") || ENDS_LIT(w, "е") || ENDS_LIT(w, "и") || ENDS_LIT(w, "у") ||
			 ENDS_LIT(w, "ю") || ENDS_LIT(w, "э"))
		return;					/* indeclinable proper nouns: Баку, Токио */
	else
	{
		/* consonant */
		emit_stem(w, len, sg ? CONS_SG : CONS_ENDS, emit, arg);
		if (ENDS_LIT(w, "ж") || ENDS_LIT(w, "ш") || ENDS_LIT(w, "ч") || ENDS_LIT(w, "щ") || ENDS_LIT(w, "ц"))
			emit_stem(w, len, SIB_ENDS, emit, arg);
		if (proper && (ENDS_LIT(w, "ов") || ENDS_LIT(w, "ев") || ENDS_LIT(w, "ин") || ENDS_LIT(w, "ын") ||
					   ENDS_LIT(w, "ёв")))
			emit_stem(w, len, OV_ENDS, emit, arg);
		/* fleeting vowel: дворец -> дворца */
		if (ENDS_LIT(w, "ец") && n > 4)
		{
			char		buf[256];

			if (len < 200)
			{
				memcpy(buf, w, len - 4);
				memcpy(buf + len - 4, "ц", 2);
				emit_stem(buf, len - 2, CONS_ENDS, emit, arg);
			}
		}
	}
}

int
dx_noun_gender(const char *w)
{
	if (ENDS_LIT(w, "ы") || ENDS_LIT(w, "и"))
		return DX_PLUR;
	if (ENDS_LIT(w, "а") || ENDS_LIT(w, "я"))
		return DX_FEM;
	if (ENDS_LIT(w, "о") || ENDS_LIT(w, "е"))
		return DX_NEUT;
	if (ENDS_LIT(w, "ь"))
		return DX_FEM;			/* most -ь document words: хартия? no; сеть, связь */
	return DX_MASC;
}

/* copy form, replacing its last `cut` bytes with `add` */
static char *
replace_end(dx_arena *a, const char *form, size_t cut, const char *add)
{
	size_t		n = strlen(form);
	size_t		m = strlen(add);
	char	   *p;

	if (cut > n)
		return dx_strdup(a, form);
	p = dx_alloc(a, n - cut + m + 1);
	if (p == NULL)
		return NULL;
	memcpy(p, form, n - cut);
	memcpy(p + n - cut, add, m);
	p[n - cut + m] = '\0';
	return p;
}

int
dx_case_of(const char *form, const char *lemma)
{
	size_t		i = 0;
	const char *rf,
			   *rl;

	while (form[i] && form[i] == lemma[i])
		i++;
	/* back to a character boundary */
	while (i > 0 && ((unsigned char) form[i] & 0xC0) == 0x80)
		i--;
	rf = form + i;
	rl = lemma + i;
	if (*rf == '\0' && *rl == '\0')
		return DX_NOM;
	if (*rl == '\0' || strcmp(rl, "й") == 0 || strcmp(rl, "ь") == 0)
	{
		/* masculine: Ильхам, Андрей, Игорь */
		if (!strcmp(rf, "а") || !strcmp(rf, "я"))
			return DX_GEN;
		if (!strcmp(rf, "у") || !strcmp(rf, "ю"))
			return DX_DAT;
		if (!strcmp(rf, "ом") || !strcmp(rf, "ем") || !strcmp(rf, "ым") || !strcmp(rf, "ём"))
			return DX_INS;
		if (!strcmp(rf, "е"))
			return DX_PREP;
		/* о главе Аркадии Фомине: -ий gives -ии in the prepositional only (Аркадия, Аркадию) */
		if (!strcmp(rf, "и") && !strcmp(rl, "й") && i >= 2 && !strcmp(form + i - 2, "ии"))
			return DX_PREP;
		return DX_UNK;
	}
	if (!strcmp(rl, "а") || !strcmp(rl, "я"))
	{
		if (!strcmp(rf, "ы") || !strcmp(rf, "и"))
			return DX_GEN;
		if (!strcmp(rf, "е"))
			return DX_DAT;
		if (!strcmp(rf, "у") || !strcmp(rf, "ю"))
			return DX_ACC;
		if (!strcmp(rf, "ой") || !strcmp(rf, "ей") || !strcmp(rf, "ою") || !strcmp(rf, "ею"))
			return DX_INS;
		return DX_UNK;
	}
	return DX_UNK;
}

static int
is_vowel_end(const char *s)
{
	static const dx_end v[] = {E_("а"), E_("е"), E_("и"), E_("о"), E_("у"), E_("ы"), E_("э"), E_("ю"), E_("я"), {NULL, 0}};

	return ends_in(s, v);
}

/* the letter before the last `cut` bytes of s is a vowel (Тукаю: а before ю) */
static int
after_vowel(const char *s, size_t cut)
{
	static const char *const v[] = {"а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я", NULL};
	size_t		n = strlen(s);
	int			i;

	if (n < cut + 2)
		return 0;
	for (i = 0; v[i]; i++)
		if (memcmp(s + n - cut - 2, v[i], 2) == 0)
			return 1;
	return 0;
}

char *
dx_name_nominative(dx_arena *a, const char *form, int gender, int c, int surname)
{
	int			n = dx_utf8_chars(form);

	if (n < 3 || (unsigned char) form[0] < 0xC0)
		return dx_strdup(a, form);

	/*
	 * a family named in the plural (Борис и Марина Ходорковские, супруги
	 * Ивановы): the surname of one of them, of the given name's gender
	 */
	if (surname && gender != 0 && (c == DX_NOM || c == DX_UNK))
	{
		if (ENDS_LIT(form, "ские") || ENDS_LIT(form, "цкие"))
			return replace_end(a, form, 4, gender == DX_FEM ? "ая" : "ий");
		if (n >= 6 && (ENDS_LIT(form, "овы") || ENDS_LIT(form, "евы") || ENDS_LIT(form, "ёвы") ||
					   ENDS_LIT(form, "ины") || ENDS_LIT(form, "ыны")))
			return replace_end(a, form, 2, gender == DX_FEM ? "а" : "");
	}
	/* adjectival surnames: Ковальского -> Ковальский, Ковальской -> Ковальская */
	if (surname && (ENDS_LIT(form, "ского") || ENDS_LIT(form, "цкого") || ENDS_LIT(form, "скому") ||
					ENDS_LIT(form, "цкому")))
		return replace_end(a, form, 6, "ий");
	/* -ском is the prepositional; in the instrumental a noun's: Маском -> Маск */
	if (surname && (ENDS_LIT(form, "ским") || ENDS_LIT(form, "цким") ||
					((ENDS_LIT(form, "ском") || ENDS_LIT(form, "цком")) && c != DX_INS)))
		return replace_end(a, form, 4, "ий");
	if (surname && (ENDS_LIT(form, "ской") || ENDS_LIT(form, "цкой")) && gender != DX_MASC)
		return replace_end(a, form, 4, "ая");
	if (surname && (ENDS_LIT(form, "скую") || ENDS_LIT(form, "цкую")))
		return replace_end(a, form, 4, "ая");

	if (gender == DX_FEM)
	{
		if (surname && (ENDS_LIT(form, "овой") || ENDS_LIT(form, "евой") || ENDS_LIT(form, "иной") ||
						ENDS_LIT(form, "ыной") || ENDS_LIT(form, "ёвой")))
			return replace_end(a, form, 4, "а");
		if (surname && (ENDS_LIT(form, "ову") || ENDS_LIT(form, "еву") || ENDS_LIT(form, "ину")))
			return replace_end(a, form, 2, "а");
		if (surname && !is_vowel_end(form) && !ENDS_LIT(form, "ой") && !ENDS_LIT(form, "ей"))
			return dx_strdup(a, form);	/* Бербок: does not decline */
		switch (c)
		{
			case DX_GEN:
				if (ENDS_LIT(form, "ы"))
					return replace_end(a, form, 2, "а");
				if (ENDS_LIT(form, "ии"))
					return replace_end(a, form, 2, "я");
				/* a surname in -и after a soft consonant does not decline: Биби */
				if (surname && ENDS_LIT(form, "и") && !ENDS_LIT(form, "ки") && !ENDS_LIT(form, "ги") &&
					!ENDS_LIT(form, "хи") && !ENDS_LIT(form, "ши") && !ENDS_LIT(form, "жи") &&
					!ENDS_LIT(form, "чи") && !ENDS_LIT(form, "щи"))
					break;
				if (ENDS_LIT(form, "и"))
					return replace_end(a, form, 2, ENDS_LIT(form, "ки") || ENDS_LIT(form, "ги") ||
									   ENDS_LIT(form, "хи") || ENDS_LIT(form, "ши") ||
									   ENDS_LIT(form, "жи") || ENDS_LIT(form, "чи") ||
									   ENDS_LIT(form, "щи") ? "а" : "я");
				break;
			case DX_DAT:
			case DX_PREP:
				if (ENDS_LIT(form, "ии"))
					return replace_end(a, form, 2, "я");
				if (ENDS_LIT(form, "е"))
					return replace_end(a, form, 2, "а");
				break;
			case DX_ACC:
				if (ENDS_LIT(form, "у"))
					return replace_end(a, form, 2, "а");
				if (ENDS_LIT(form, "ю"))
					return replace_end(a, form, 2, "я");
				break;
			case DX_INS:
				if (ENDS_LIT(form, "ой"))
					return replace_end(a, form, 4, "а");
				if (ENDS_LIT(form, "ей"))
					return replace_end(a, form, 4, "я");
				break;
			default:
				break;
		}
		return dx_strdup(a, form);
	}

	/* masculine or unknown */
	if (surname && (ENDS_LIT(form, "овым") || ENDS_LIT(form, "евым") || ENDS_LIT(form, "иным") ||
					ENDS_LIT(form, "ыным") || ENDS_LIT(form, "ёвым")))
		return replace_end(a, form, 4, "");
	/* a given name in -ии in the genitive or dative is a woman's in -ия (Патрисии); a man's -ий gives -ия, -ию */
	if (!surname && gender == 0 && (c == DX_GEN || c == DX_DAT) && ENDS_LIT(form, "ии"))
		return replace_end(a, form, 2, "я");
	if (surname && c == DX_UNK && gender == 0)
	{
		/* no neighbour to tell the case: only what cannot be nominative */
		if (ENDS_LIT(form, "ову") || ENDS_LIT(form, "еву") || ENDS_LIT(form, "ину") || ENDS_LIT(form, "ыну"))
			return replace_end(a, form, 2, "");
		return dx_strdup(a, form);
	}
	switch (c)
	{
		case DX_GEN:
		case DX_ACC:
			if (surname && (ENDS_LIT(form, "ая") || ENDS_LIT(form, "яя")))
				return dx_strdup(a, form);	/* a woman's nominative */
			if (c == DX_GEN && ENDS_LIT(form, "ы"))
				return replace_end(a, form, 2, "а");	/* Маехары -> Маехара */
			/* Дмитрия -> Дмитрий, and a surname too: Лапия -> Лапий (no "иь" in Russian) */
			if (ENDS_LIT(form, "ия"))
				return replace_end(a, form, 2, "й");
			if (ENDS_LIT(form, "а") && after_vowel(form, 2))
				break;			/* Джошуа, Гоа: do not decline */
			if (ENDS_LIT(form, "а"))
				return replace_end(a, form, 2, "");
			if (ENDS_LIT(form, "я"))
				return replace_end(a, form, 2, surname && !after_vowel(form, 2) ? "ь" : "й");
			break;
		case DX_DAT:
			if (ENDS_LIT(form, "у"))
				return replace_end(a, form, 2, "");
			if (ENDS_LIT(form, "ию"))
				return replace_end(a, form, 2, "й");	/* Лапию -> Лапий */
			if (ENDS_LIT(form, "ю"))
				return replace_end(a, form, 2, surname && !after_vowel(form, 2) ? "ь" : "й");
			break;
		case DX_INS:
			if (ENDS_LIT(form, "ым") && surname && !ENDS_LIT(form, "овым") && !ENDS_LIT(form, "евым") &&
				!ENDS_LIT(form, "иным") && !ENDS_LIT(form, "ыным") && !ENDS_LIT(form, "ёвым"))
				return replace_end(a, form, 4, "ый");	/* an adjectival surname: Белым -> Белый */
			if (ENDS_LIT(form, "ом") || ENDS_LIT(form, "ым"))
				return replace_end(a, form, 4, "");
			if (ENDS_LIT(form, "цем") || ENDS_LIT(form, "жем") || ENDS_LIT(form, "шем") ||
				ENDS_LIT(form, "чем") || ENDS_LIT(form, "щем"))
				return replace_end(a, form, 4, "");	/* Шольцем -> Шольц */
			if (ENDS_LIT(form, "ием"))
				return replace_end(a, form, 4, "й");	/* Лапием -> Лапий */
			if (ENDS_LIT(form, "ем"))
				return replace_end(a, form, 4, !after_vowel(form, 4) ? "ь" : "й");	/* Игорем, Сергеем */
			/* a man's surname of the -а declension: Соботкой -> Соботка, Разой -> Раза */
			if (surname && gender == DX_MASC && ENDS_LIT(form, "ой") && n >= 5 &&
				!ENDS_LIT(form, "ской") && !ENDS_LIT(form, "цкой"))
				return replace_end(a, form, 4, "а");
			break;
		case DX_PREP:
			if (ENDS_LIT(form, "е"))
				return replace_end(a, form, 2, "");
			break;
		case DX_UNK:
			if (surname && (ENDS_LIT(form, "ова") || ENDS_LIT(form, "ева") || ENDS_LIT(form, "ина") ||
							ENDS_LIT(form, "ына")) && gender == DX_MASC)
				return replace_end(a, form, 2, "");
			break;
		default:
			break;
	}
	return dx_strdup(a, form);
}

char *
dx_adjective_nominative(dx_arena *a, const char *form, int gender)
{
	static const char *const obl[] = {
		"ого", "его", "ому", "ему", "ыми", "ими", "ым", "им", "ом", "ем", "ую", "юю",
		"ой", "ей", "ою", "ею", "ых", "их", "ые", "ие", "ая", "яя", "ое", "ее", "ый", "ий", NULL
	};
	int			i;
	size_t		n = strlen(form);

	if (dx_utf8_chars(form) < 4)
		return NULL;
	for (i = 0; obl[i]; i++)
	{
		if (dx_ends(form, obl[i]))
		{
			size_t		cut = strlen(obl[i]);
			int			soft = (obl[i][0] == '\xd0' && (obl[i][1] == '\xb5')) ||
				(strcmp(obl[i], "ему") == 0 || strcmp(obl[i], "ими") == 0 ||
				 strcmp(obl[i], "им") == 0 || strcmp(obl[i], "юю") == 0 ||
				 strcmp(obl[i], "их") == 0 || strcmp(obl[i], "ие") == 0 ||
				 strcmp(obl[i], "яя") == 0 || strcmp(obl[i], "ий") == 0);
			const char *end;
			/* the consonant before the ending decides: к г х, ж ш ч щ, or hard */
			int			velar = n > cut + 2 && prev_in(form, (int) n, (int) cut, "кгх");
			int			hush = n > cut + 2 && prev_in(form, (int) n, (int) cut, "жшчщ");

			if (ENDS_LIT(form, "ой") && gender == DX_MASC && !velar && !hush)
				return dx_strdup(a, form);	/* Мировой: already nominative */
			switch (gender)
			{
				case DX_FEM:
					end = soft && !velar && !hush ? "яя" : "ая";
					break;
				case DX_NEUT:
					end = (soft || hush) && !velar ? "ее" : "ое";
					break;
				case DX_PLUR:
					end = (soft || velar || hush) ? "ие" : "ые";
					break;
				default:
					end = (soft || velar || hush) ? "ий" : "ый";
					break;
			}
			return replace_end(a, form, cut, end);
		}
	}
	(void) n;
	return NULL;
}

int
dx_instrumental_ending(const char *w)
{
	return ENDS_LIT(w, "ом") || ENDS_LIT(w, "ами");
}

/*
 * Questions the document pass asks about endings (morph.h).  They are
 * answered by the endings alone; a form is lower case.
 */


int
dx_adj_agrees(const char *low, int gender)
{
	static const dx_end masc[] = {E_("ый"), E_("ий"), E_("ой"), E_("ого"), E_("его"), E_("ому"), E_("ему"), E_("ым"), E_("им"), E_("ом"), E_("ем"), {NULL, 0}};
	static const dx_end fem[] = {E_("ая"), E_("яя"), E_("ой"), E_("ей"), E_("ую"), E_("юю"), E_("ою"), E_("ею"), {NULL, 0}};
	static const dx_end neut[] = {E_("ое"), E_("ее"), E_("ого"), E_("его"), E_("ому"), E_("ему"), E_("ым"), E_("им"), E_("ом"), E_("ем"), {NULL, 0}};
	static const dx_end plur[] = {E_("ые"), E_("ие"), E_("ых"), E_("их"), E_("ым"), E_("им"), E_("ыми"), E_("ими"), {NULL, 0}};

	return ends_in(low, gender == DX_FEM ? fem : gender == DX_NEUT ? neut :
				   gender == DX_PLUR ? plur : masc);
}

int
dx_may_be_genitive(const char *low)
{
	static const dx_end ends[] = {
		E_("ого"), E_("его"), E_("ых"), E_("их"), E_("а"), E_("я"), E_("ы"), E_("и"), E_("ов"), E_("ев"), E_("ей"), E_("ий"), {NULL, 0}
	};

	return ends_in(low, ends);
}

int
dx_may_be_genitive_conjunct(const char *low)
{
	static const dx_end ends[] = {E_("ого"), E_("его"), E_("ой"), E_("ей"), E_("ых"), E_("их"), E_("ии"), E_("ов"), E_("ев"), E_("ы"), E_("и"), {NULL, 0}};

	return ends_in(low, ends);
}

int
dx_oblique_plural(const char *low)
{
	static const dx_end ends[] = {E_("ений"), E_("ов"), E_("ами"), E_("ями"), E_("ах"), E_("ях"), E_("ам"), E_("ям"), {NULL, 0}};

	return ends_in(low, ends);
}

int
dx_may_be_prepositional(const char *low)
{
	static const dx_end ends[] = {E_("е"), E_("и"), E_("ах"), E_("ях"), {NULL, 0}};

	return ends_in(low, ends);
}

int
dx_soft_adjective_oblique(const char *low)
{
	return ENDS_LIT(low, "ей");
}

int
dx_verbal_noun_ending(const char *low)
{
	static const dx_end ends[] = {E_("ии"), E_("ие"), E_("ия"), E_("ию"), E_("ием"), {NULL, 0}};

	return ends_in(low, ends);
}

int
dx_plural_adjective_nominative(const char *low)
{
	return ENDS_LIT(low, "ые") || ENDS_LIT(low, "ие");
}

int
dx_compound_first_part(const char *low)
{
	return ENDS_LIT(low, "о");
}

int
dx_verb_not_past(const char *low)
{
	static const dx_end ends[] = {
		E_("ть"), E_("ют"), E_("ут"), E_("ит"), E_("ет"), E_("ем"), E_("ться"), E_("ются"), E_("утся"), E_("ится"), E_("ется"), E_("емся"), {NULL, 0}
	};

	return ends_in(low, ends);
}

int
dx_small_numeral(const char *low)
{
	static const char *const words[] = {
		"один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять",
		NULL
	};
	int			k;

	for (k = 0; words[k]; k++)
		if (strcmp(low, words[k]) == 0)
			return k + 1;
	if (strcmp(low, "пятнадцать") == 0)
		return 15;
	if (strcmp(low, "двадцать") == 0)
		return 20;
	return 0;
}


/* ---------------------------------------------------------------- endings the passes ask about */

/*
 * Is form the genitive singular gen_sg (in -а, -ы) without its last vowel,
 * the genitive plural with no ending: государства -> государств?
 */
int
dx_zero_gen_plural_of(const char *form, const char *gen_sg)
{
	size_t		n = strlen(form);

	return (ENDS_LIT(gen_sg, "а") || ENDS_LIT(gen_sg, "ы")) &&
		n + 2 == strlen(gen_sg) && strncmp(form, gen_sg, n) == 0;
}

/*
 * Is form a plural of the noun lemma, as far as its ending shows:
 * президенты, министров, послам (a lemma in -а or -я, as глава, is left out:
 * its singular cases end the same).
 */
int
dx_noun_plural_of(const char *form, const char *lemma)
{
	static const dx_end plural[] = {E_("ы"), E_("и"), E_("ов"), E_("ам"), E_("ами"), {NULL, 0}};

	if (strcmp(form, lemma) == 0 || ENDS_LIT(lemma, "а") || ENDS_LIT(lemma, "я"))
		return 0;
	return ends_in(form, plural);
}

/* Does a lower-case form end as a genitive plural does: -ей, -ов, -ев? */
int
dx_gen_plural_ending(const char *low)
{
	return ENDS_LIT(low, "ей") || ENDS_LIT(low, "ов") || ENDS_LIT(low, "ев");
}

/*
 * Does a lower-case form end as a verb in the present or past does (-ит,
 * -ят, -ют, -ет, -ал, -ел, -ул, -ял): благодарит, говорит, сказал?
 */
int
dx_verb_like_ending(const char *low)
{
	static const dx_end ends[] = {E_("ит"), E_("ят"), E_("ют"), E_("ет"), E_("ал"), E_("ел"), E_("ул"), E_("ял"), {NULL, 0}};

	return ends_in(low, ends);
}

/*
 * Does a noun's nominative end as the name of one who does the work of a
 * trade does: -тор, -ер, -ёр, -ист, -лог, -граф, -ач, -арь, -ик, -атр
 * (архитектор, инженер, режиссёр, экономист, технолог, врач, секретарь,
 * механик, психиатр)?  Not -тель, -ник, -щик, -чик, -ент: свидетель,
 * соперник, заказчик, конкурент name one's part in a matter more often
 * than a trade.
 */
int
dx_agent_noun_ending(const char *lemma)
{
	static const dx_end ends[] = {E_("тор"), E_("ер"), E_("ёр"), E_("ист"), E_("лог"), E_("граф"), E_("ач"),
	E_("арь"), E_("ик"), E_("атр"), {NULL, 0}};

	return dx_utf8_chars(lemma) >= 4 && ends_in(lemma, ends) && !ENDS_LIT(lemma, "ник") && !ENDS_LIT(lemma, "щик") &&
		!ENDS_LIT(lemma, "чик");
}

/* Does a lower-case form end as a short passive participle: назначен, избрана? */
int
dx_short_participle_ending(const char *low)
{
	return ENDS_LIT(low, "ен") || ENDS_LIT(low, "ена") || ENDS_LIT(low, "ан") || ENDS_LIT(low, "ана");
}

/*
 * The gender a past-tense verb shows by its ending: сказала, обратилась
 * DX_FEM; сказал, обратился DX_MASC; 0 otherwise.
 */
int
dx_past_gender(const char *low)
{
	if (ENDS_LIT(low, "ла") || ENDS_LIT(low, "лась"))
		return DX_FEM;
	if (ENDS_LIT(low, "л") || ENDS_LIT(low, "лся"))
		return DX_MASC;
	return 0;
}

/*
 * Does a lower-case form end as a finite verb may (-ет, -ит, -ся, -л,
 * -ла): пишет, говорит, говорится, сказал, сказала?
 */
int
dx_finite_verb_ending(const char *low)
{
	return ENDS_LIT(low, "ет") || ENDS_LIT(low, "ит") || ENDS_LIT(low, "ся") ||
		ENDS_LIT(low, "л") || ENDS_LIT(low, "ла");
}

/* Does a form end in the reflexive -ся (говорится, сообщается)? */
int
dx_reflexive_ending(const char *low)
{
	return ENDS_LIT(low, "ся");
}

/*
 * The gender a surname shows by a Russian ending: Захарова, Ахматова,
 * Долгорукая DX_FEM; Лавров, Путин, Лавровский, Толстой DX_MASC; 0 when
 * the ending shows none.
 */
int
dx_surname_gender(const char *surname)
{
	static const dx_end fem[] = {E_("ова"), E_("ева"), E_("ёва"), E_("ина"), E_("ына"), E_("ая"), {NULL, 0}};
	static const dx_end masc[] = {E_("ов"), E_("ев"), E_("ёв"), E_("ин"), E_("ын"), E_("ий"), E_("ой"), E_("ый"), {NULL, 0}};

	return ends_in(surname, fem) ? DX_FEM : ends_in(surname, masc) ? DX_MASC : 0;
}

/*
 * The gender a given name shows by its ending: in -а or -я a woman's
 * (Тереза, Мария; the men's names in -а, as Илья, are the caller's to
 * know), else a man's.
 */
int
dx_given_name_gender(const char *given)
{
	return ENDS_LIT(given, "а") || ENDS_LIT(given, "я") ? DX_FEM : DX_MASC;
}


/* ------------------------------------------------ endings asked by places.c and orgs.c */

/* case endings of a noun in the singular and the nominative plural */
static const char *const NOUN_CASE_ENDS[] = {
	"", "а", "у", "ом", "е", "и", "ю", "ой", "ей", "ы", "я", NULL
};

/* endings of a noun's nominative after its stem */
static const char *const NOUN_NOM_ENDS[] = {"", "а", "я", "о", NULL};

int
dx_noun_case_split(const char *low, int (*is_lemma) (const char *word, void *arg), void *arg,
				   const char **ending, const char **nom_end, const char **name_end)
{
	size_t		n = strlen(low);
	int			k,
				m;
	char		buf[128];

	if (n + 8 > sizeof(buf))
		return 0;
	for (k = 0; NOUN_CASE_ENDS[k]; k++)
	{
		size_t		el = strlen(NOUN_CASE_ENDS[k]),
					sl;

		if (!dx_ends(low, NOUN_CASE_ENDS[k]) || n - el < 2)
			continue;
		sl = n - el;
		for (m = 0; NOUN_NOM_ENDS[m]; m++)
		{
			memcpy(buf, low, sl);
			strcpy(buf + sl, NOUN_NOM_ENDS[m]);
			if (is_lemma(buf, arg))
				break;
		}
		if (!NOUN_NOM_ENDS[m])
		{
			/* a fleeting vowel before the stem's last letter: посёлка, посёлок */
			size_t		last = sl - 1;

			while (last > 0 && ((unsigned char) low[last] & 0xC0) == 0x80)
				last--;
			memcpy(buf, low, last);
			strcpy(buf + last, "о");
			memcpy(buf + last + strlen("о"), low + last, sl - last);
			buf[last + strlen("о") + sl - last] = '\0';
			m = is_lemma(buf, arg) ? 0 : -1;
		}
		if (m < 0)
			continue;
		*ending = NOUN_CASE_ENDS[k];
		*nom_end = NOUN_NOM_ENDS[m];
		/* a name agreeing with a noun in -я ends in -а: деревни Ивановки, Ивановка */
		*name_end = strcmp(NOUN_NOM_ENDS[m], "я") == 0 ? "а" : NOUN_NOM_ENDS[m];
		return 1;
	}
	return 0;
}

int
dx_prepositional_form(const char *form, const char *lemma)
{
	return strcmp(form, lemma) != 0 && ENDS_LIT(form, "е") && !ENDS_LIT(lemma, "е");
}


int
dx_bare_gen_plural(const char *low)
{
	return ENDS_LIT(low, "ий") || ENDS_LIT(low, "ств");
}

int
dx_person_name_ending(const char *low)
{
	static const dx_end ends[] = {
		E_("ов"), E_("ев"), E_("ин"), E_("ий"), E_("ова"), E_("ева"), E_("ина"), E_("ая"), E_("ич"), E_("ович"), E_("евич"), E_("енко"), E_("слав"), {NULL, 0}
	};

	return ends_in(low, ends);
}

/* a noun's genitive singular ending of the first and the feminine declensions: Мариинки, Укрзализныци, Думы */
int
dx_genitive_i_ending(const char *low)
{
	static const dx_end ends[] = {E_("и"), E_("ы"), {NULL, 0}};

	return ends_in(low, ends);
}

/*
 * a Russian surname in the dative or the instrumental (gcase) by its ending:
 * a man's (Фомину, Фоминым), and with women set a woman's too (Беловой)
 */
int
dx_surname_case_ending(const char *low, int gcase, int women)
{
	static const dx_end dat[] = {E_("ову"), E_("еву"), E_("ину"), E_("ыну"), {NULL, 0}};
	static const dx_end ins[] = {E_("овым"), E_("евым"), E_("иным"), E_("ыным"), {NULL, 0}};
	static const dx_end fem[] = {E_("овой"), E_("евой"), E_("иной"), {NULL, 0}};

	if (gcase != DX_DAT && gcase != DX_INS)
		return 0;
	return ends_in(low, gcase == DX_DAT ? dat : ins) || (women && ends_in(low, fem));
}

int
dx_surname_oblique(const char *low)
{
	static const dx_end ends[] = {
		E_("ова"), E_("ева"), E_("ёва"), E_("ина"), E_("ына"), E_("ову"), E_("еву"), E_("ину"), E_("овым"), E_("евым"), E_("иным"), {NULL, 0}
	};

	return ends_in(low, ends);
}

int
dx_verb_or_plural_ending(const char *low)
{
	return ENDS_LIT(low, "ся") || ENDS_LIT(low, "ки") || ENDS_LIT(low, "ники");
}

char *
dx_compound_nominative(dx_arena *a, const char *form, const char *low)
{
	static const dx_end masc[] = {E_("ора"), E_("ору"), E_("ата"), E_("ату"), E_("ома"), E_("ому"), {NULL, 0}};
	static const dx_end duma[] = {E_("думы"), E_("думе"), E_("думу"), {NULL, 0}};
	/* the prepositional and the instrumental of the same: Росздравнадзоре, Росстатом */
	static const dx_end masc_pi[] = {E_("оре"), E_("ате"), E_("оме"), {NULL, 0}};
	static const dx_end masc_ins[] = {E_("ором"), E_("атом"), E_("омом"), {NULL, 0}};
	/* Росгвардии, Росгвардию, Росгвардией -> Росгвардия */
	static const dx_end ia[] = {E_("ии"), E_("ию"), {NULL, 0}};
	char	   *nom = dx_strdup(a, form);
	size_t		n = nom ? strlen(nom) : 0;

	if (n < 4)
		return nom;
	if (ends_in(low, masc) || ends_in(low, masc_pi))
		nom[n - 2] = '\0';		/* Росстата -> Росстат: the last letter off */
	else if (ends_in(low, masc_ins))
		nom[n - 4] = '\0';
	else if (ends_in(low, ia))
		strcpy(nom + n - 2, "я");	/* both two bytes */
	else if (ENDS_LIT(low, "ией") && n >= 6)
		strcpy(nom + n - 4, "я");
	else if (ends_in(low, duma))
	{
		char	   *r = dx_alloc(a, n + 1);

		if (r == NULL)
			return nom;
		memcpy(r, nom, n - 2);
		strcpy(r + n - 2, "а");	/* Мосгордумы -> Мосгордума */
		return r;
	}
	return nom;
}

int
dx_adjective_number(const char *low)
{
	static const dx_end plur[] = {E_("ые"), E_("ие"), E_("ых"), E_("их"), E_("ыми"), E_("ими"), {NULL, 0}};

	if (ends_in(low, plur))
		return 1;
	return ENDS_LIT(low, "ым") || ENDS_LIT(low, "им") ? -1 : 0;
}

/*
 * The nominatives the name word form (as written, any letter case) may stand
 * for in each oblique case and gender, slot 2 * (case + 8 * gender index)
 * and the next (a given name declined as a noun in -ь); then
 * dx_name_case_match: the bits (1 << DX_GEN .. 1 << DX_PREP for a man, the
 * same shifted by 8 for a woman) of the slots that are nomword.
 */
int
dx_name_case_nominatives(dx_arena *a, const char *form, int surname, const char **nom)
{
	static const int genders[2] = {DX_MASC, DX_FEM};
	int			g,
				c,
				fl;
	const char *f = dx_normalize(a, form, strlen(form), &fl);

	if (f == NULL)
		return -1;
	for (g = 0; g < 2; g++)
		for (c = DX_GEN; c <= DX_PREP; c++)
		{
			int			k = 2 * (c + 8 * g);

			nom[k] = dx_name_nominative(a, f, genders[g], c, surname);
			/* a given name may decline as a noun in -ь: Сэмюэлем of Сэмюэль */
			nom[k + 1] = surname ? NULL : dx_name_nominative(a, f, genders[g], c, 1);
		}
	return 0;
}

int
dx_name_case_match(const char *const *nom, const char *nomword)
{
	int			mask = 0,
				g,
				c;

	for (g = 0; g < 2; g++)
		for (c = DX_GEN; c <= DX_PREP; c++)
		{
			int			k = 2 * (c + 8 * g);

			if ((nom[k] != NULL && strcmp(nom[k], nomword) == 0) ||
				(nom[k + 1] != NULL && strcmp(nom[k + 1], nomword) == 0))
				mask |= 1 << (c + 8 * g);
		}
	return mask;
}

/* ------------------------------------------------ endings read without a dictionary */

int
dx_verb_ending(const char *low)
{
	static const dx_end ends[] = {
		E_("ся"), E_("сь"), E_("ать"), E_("ять"), E_("ить"), E_("уть"), E_("ала"), E_("ила"), E_("ела"), E_("ыла"), E_("яла"), E_("ало"), E_("ило"),
		E_("ело"), E_("ыло"), E_("яло"), E_("али"), E_("или"), E_("ели"), E_("ыли"), E_("яли"), E_("ает"), E_("яет"), E_("еет"), E_("ует"), E_("ают"),
		E_("яют"), E_("уют"), E_("еют"), E_("ил"), {NULL, 0}
	};

	return ends_in(low, ends);
}

int
dx_genitive_ending(const char *low)
{
	static const dx_end ends[] = {
		E_("а"), E_("я"), E_("ы"), E_("и"), E_("ого"), E_("его"), E_("ой"), E_("ей"), E_("ых"), E_("их"), E_("ов"), E_("ев"), {NULL, 0}
	};

	return ends_in(low, ends);
}

static const dx_end ADJECTIVE_ENDS[] = {
	E_("ый"), E_("ий"), E_("ой"), E_("ая"), E_("яя"), E_("ое"), E_("ее"), E_("ые"), E_("ие"), E_("ого"), E_("его"), E_("ому"), E_("ему"), E_("ым"), E_("им"),
	E_("ом"), E_("ем"), E_("ую"), E_("юю"), E_("ых"), E_("их"), E_("ыми"), E_("ими"), {NULL, 0}
};

int
dx_adjective_ending(const char *low)
{
	return ends_in(low, ADJECTIVE_ENDS);
}

int
dx_infinitive_ending(const char *low)
{
	return ENDS_LIT(low, "ть") || ENDS_LIT(low, "ти");
}

void
dx_abbr_forms(const char *low, void (*emit) (const char *form, int len, void *arg), void *arg)
{
	static const char *const ends[] = {"", "а", "у", "ом", "е", NULL};
	char		buf[256];
	size_t		n = strlen(low);
	int			k;

	if (n >= 240)
		return;
	memcpy(buf, low, n);
	for (k = 0; ends[k]; k++)
	{
		size_t		m = strlen(ends[k]);

		memcpy(buf + n, ends[k], m + 1);
		emit(buf, (int) (n + m), arg);
	}
}

/* ---------------------------------------------------------------- numerals in words */

/*
 * Cardinal numerals, every case form (ё written е, as dx_normalize does):
 * their value.  The soft-sign numerals 5-20 and 30 are listed by their
 * nominative and take -и (genitive, dative, prepositional) and -ью
 * (instrumental) on the stem; the others list their forms.
 */
static const struct
{
	const char *form;
	int			value;
	int			soft;			/* 1: a soft-sign numeral, forms -и, -ью */
}			NUMERALS[] = {
	{"один", 1, 0}, {"одного", 1, 0}, {"одному", 1, 0}, {"одним", 1, 0}, {"одном", 1, 0},
	{"одна", 1, 0}, {"одной", 1, 0}, {"одну", 1, 0}, {"одно", 1, 0},
	{"два", 2, 0}, {"две", 2, 0}, {"двух", 2, 0}, {"двум", 2, 0}, {"двумя", 2, 0},
	{"три", 3, 0}, {"трех", 3, 0}, {"трем", 3, 0}, {"тремя", 3, 0},
	{"четыре", 4, 0}, {"четырех", 4, 0}, {"четырем", 4, 0}, {"четырьмя", 4, 0},
	{"пять", 5, 1}, {"шесть", 6, 1}, {"семь", 7, 1}, {"восемь", 8, 1}, {"восьми", 8, 0},
	{"девять", 9, 1}, {"десять", 10, 1}, {"одиннадцать", 11, 1}, {"двенадцать", 12, 1},
	{"тринадцать", 13, 1}, {"четырнадцать", 14, 1}, {"пятнадцать", 15, 1},
	{"шестнадцать", 16, 1}, {"семнадцать", 17, 1}, {"восемнадцать", 18, 1},
	{"девятнадцать", 19, 1}, {"двадцать", 20, 1}, {"тридцать", 30, 1},
	{"сорок", 40, 0}, {"сорока", 40, 0},
	{"пятьдесят", 50, 0}, {"пятидесяти", 50, 0}, {"пятьюдесятью", 50, 0},
	{"шестьдесят", 60, 0}, {"шестидесяти", 60, 0}, {"шестьюдесятью", 60, 0},
	{"семьдесят", 70, 0}, {"семидесяти", 70, 0}, {"семьюдесятью", 70, 0},
	{"восемьдесят", 80, 0}, {"восьмидесяти", 80, 0}, {"восемьюдесятью", 80, 0},
	{"девяносто", 90, 0}, {"девяноста", 90, 0},
	{"сто", 100, 0}, {"ста", 100, 0},
	{"двести", 200, 0}, {"двухсот", 200, 0}, {"двумстам", 200, 0}, {"двумястами", 200, 0}, {"двухстах", 200, 0},
	{"триста", 300, 0}, {"трехсот", 300, 0}, {"тремстам", 300, 0}, {"тремястами", 300, 0}, {"трехстах", 300, 0},
	{"четыреста", 400, 0}, {"четырехсот", 400, 0}, {"четыремстам", 400, 0}, {"четырьмястами", 400, 0},
	{"четырехстах", 400, 0},
	{"пятьсот", 500, 0}, {"пятисот", 500, 0}, {"пятистам", 500, 0}, {"пятьюстами", 500, 0}, {"пятистах", 500, 0},
	{"шестьсот", 600, 0}, {"шестисот", 600, 0}, {"шестистам", 600, 0}, {"шестьюстами", 600, 0}, {"шестистах", 600, 0},
	{"семьсот", 700, 0}, {"семисот", 700, 0}, {"семистам", 700, 0}, {"семьюстами", 700, 0}, {"семистах", 700, 0},
	{"восемьсот", 800, 0}, {"восьмисот", 800, 0}, {"восьмистам", 800, 0}, {"восемьюстами", 800, 0},
	{"восьмистах", 800, 0},
	{"девятьсот", 900, 0}, {"девятисот", 900, 0}, {"девятистам", 900, 0}, {"девятьюстами", 900, 0},
	{"девятистах", 900, 0}
};

int
dx_numeral_value(const char *low)
{
	size_t		n = strlen(low),
				i;

	for (i = 0; i < sizeof(NUMERALS) / sizeof(NUMERALS[0]); i++)
	{
		const char *f = NUMERALS[i].form;
		size_t		fl = strlen(f);

		if (strcmp(low, f) == 0)
			return NUMERALS[i].value;
		/* пять: пяти, пятью (the stem without its soft sign) */
		if (NUMERALS[i].soft && fl > 2 && n > fl - 2 && strncmp(low, f, fl - 2) == 0 &&
			(strcmp(low + fl - 2, "и") == 0 || strcmp(low + fl - 2, "ью") == 0))
			return NUMERALS[i].value;
	}
	return 0;
}

int
dx_numeral_half_more(const char *low)
{
	return strcmp(low, "полтора") == 0 || strcmp(low, "полторы") == 0 || strcmp(low, "полутора") == 0;
}

int
dx_scale_singular(const char *low)
{
	static const char *const stems[] = {"миллион", "миллиард", "триллион", NULL};
	static const char *const ends[] = {"", "а", "у", "ом", "е", NULL};
	static const char *const thousand[] = {"тысяча", "тысячу", "тысячей", "тысяче", NULL};
	size_t		k,
				e;

	for (k = 0; stems[k]; k++)
	{
		size_t		sl = strlen(stems[k]);

		if (strncmp(low, stems[k], sl) != 0)
			continue;
		for (e = 0; ends[e]; e++)
			if (strcmp(low + sl, ends[e]) == 0)
				return 1;
	}
	for (k = 0; thousand[k]; k++)
		if (strcmp(low, thousand[k]) == 0)
			return 1;
	return 0;
}


int
dx_morph_may_be(const dx_lexicon *lex, const char *word, size_t len, uint64_t need)
{
	dx_ocparse	p[32];
	int			n = dx_morph_analyse(lex, word, len, p, 32),
				k;

	if (n <= 0)
		return -1;
	for (k = 0; k < n; k++)
		if ((p[k].gram & need) == need)
			return 1;
	return 0;
}

uint64_t
dx_morph_first_gram(const dx_lexicon *lex, const char *word, size_t len)
{
	dx_ocparse	p[32];

	return dx_morph_analyse(lex, word, len, p, 32) > 0 ? p[0].gram : 0;
}


/*
 * The tense of a verb form by the dictionary's most probable analysis of a
 * known word; by the endings (dx_verb_not_past) when the dictionary does not
 * know the word or reads it as no verb form.
 */
int
dx_verb_tense(const dx_lexicon *lex, const char *low)
{
	dx_ocparse	p[4];
	int			n = dx_morph_analyse(lex, low, strlen(low), p, 4);

	if (n > 0 && !p[0].predicted)
	{
		uint64_t	g = p[0].gram;

		if (g & DX_G(INFN))
			return DX_TENSE_NONPAST;
		if (g & (DX_G(VERB) | DX_G(PRTF) | DX_G(PRTS) | DX_G(GRND)))
		{
			if (g & DX_G(past))
				return DX_TENSE_PAST;
			if (g & (DX_G(futr) | DX_G(pres)))
				return DX_TENSE_NONPAST;
		}
	}
	return dx_verb_not_past(low) ? DX_TENSE_NONPAST : DX_TENSE_PAST;
}

/*
 * A surname written so (lower case) is a form only a woman's surname keeps
 * in every case: it ends in a consonant (Ярмыш, Бербок), where a man's takes
 * a case ending; not a Russian -ов, -ин, -ский one (a woman's is -ова, -ина,
 * -ская).
 */
int
dx_name_keeps_form_for_woman(const char *low)
{
	static const dx_end vowels[] = {E_("а"), E_("е"), E_("ё"), E_("и"), E_("о"), E_("у"), E_("ы"), E_("э"), E_("ю"), E_("я"), E_("й"), E_("ь"), {NULL, 0}};
	static const dx_end russian[] = {E_("ов"), E_("ев"), E_("ёв"), E_("ин"), E_("ын"), E_("ий"), E_("ой"), {NULL, 0}};

	if (dx_utf8_chars(low) < 3 || (unsigned char) low[0] < 0xC0)
		return 0;
	return !ends_in(low, vowels) && !ends_in(low, russian);
}


/*
 * Is a noun lemma indeclinable by its ending, a vowel other than -а, -я
 * (атташе, кюри, маэстро, гуру)?  Its form shows no case.
 */
int
dx_indeclinable_noun(const char *lemma)
{
	static const dx_end vowels[] = {E_("е"), E_("ё"), E_("и"), E_("о"), E_("у"), E_("ю"), E_("э"), {NULL, 0}};

	return ends_in(lemma, vowels);
}

/* Does a lower-case form end as a past-tense verb in the plural: сообщили, заявили? */
int
dx_plural_past_ending(const char *low)
{
	return ENDS_LIT(low, "ли");
}

/*
 * 1 when the dictionary knows the form only as a plural noun (соглашениям,
 * договоров), never as a singular one.
 */
int
dx_plural_noun(const dx_lexicon *lex, const char *low)
{
	dx_ocparse	p[8];
	int			n = dx_morph_analyse(lex, low, strlen(low), p, 8),
				i,
				plural = 0;

	for (i = 0; i < n; i++)
	{
		if (p[i].predicted || !(p[i].gram & DX_G(NOUN)))
			continue;
		if (p[i].gram & DX_G(sing))
			return 0;
		if (p[i].gram & DX_G(plur))
			plural = 1;
	}
	return plural;
}

/* form k of the lexeme of p (the text f) is a variant, informal or archaic (V-be, Infr, Arch) */
static int
form_is_variant(const dx_ocdict *dict, const dx_ocparse *p, int k, const char *f, size_t len)
{
	dx_ocparse	q[16];
	int			n = dx_ocdict_lookup(dict, f, len, q, 16),
				i;

	for (i = 0; i < n; i++)
		if (q[i].para == p->para && q[i].form == k)
		{
			const char *tag = dx_ocdict_tag(dict, q[i].tag);

			return strstr(tag, "V-") != NULL || strstr(tag, "Infr") != NULL ||
				strstr(tag, "Arch") != NULL;
		}
	return 0;
}

/*
 * The nominative plural of a word given in the nominative singular (a noun
 * or an adjective: соглашение -> соглашения, дорожная -> дорожные) by the
 * dictionary, in buf; -1 when it does not know the word.
 */
int
dx_nominative_plural(const dx_lexicon *lex, const char *lemma, char *buf, size_t buflen)
{
	dx_ocparse	p[8];
	int			n = dx_morph_analyse(lex, lemma, strlen(lemma), p, 8),
				i;

	const dx_ocdict *dict = dx_morph_dict(lex);

	for (i = 0; i < n; i++)
		if (!p[i].predicted && (p[i].gram & DX_G(nomn)) && (p[i].gram & DX_G(sing)) &&
			(p[i].gram & (DX_G(NOUN) | DX_G(ADJF))))
		{
			/* the first plural nominative that is no variant (договора, соглашенья: Infr, V-be) */
			int			k,
						nf = dx_ocdict_nforms(dict, &p[i]),
						len = -1;

			for (k = 0; k < nf; k++)
			{
				uint64_t	g;
				char		f[128];
				int			l = dx_ocdict_form(dict, &p[i], k, f, sizeof(f), &g);

				if (l < 0 || !(g & DX_G(nomn)) || !(g & DX_G(plur)) || (size_t) l >= buflen)
					continue;
				if (len < 0)
				{
					memcpy(buf, f, (size_t) l + 1);
					len = l;
				}
				if (!form_is_variant(dict, &p[i], k, f, (size_t) l))
				{
					memcpy(buf, f, (size_t) l + 1);
					return l;
				}
			}
			return len;
		}
	return -1;
}


/* ------------------------------------------------ questions about name endings (persons.c) */

int
dx_looks_patronymic(const char *low)
{
	return strstr(low, "вич") != NULL || strstr(low, "вна") != NULL || strstr(low, "вны") != NULL ||
		strstr(low, "вне") != NULL || strstr(low, "вной") != NULL || strstr(low, "ична") != NULL ||
		strstr(low, "оглы") != NULL || strstr(low, "кызы") != NULL;
}

char *
dx_ia_name_nominative(dx_arena *a, const char *form)
{
	size_t		cut;

	if (!(ENDS_LIT(form, "ии") || ENDS_LIT(form, "ие") || ENDS_LIT(form, "ию") || ENDS_LIT(form, "ией")))
		return NULL;
	cut = ENDS_LIT(form, "ией") ? 4 : 2;
	return replace_end(a, form, cut, "я");
}

size_t
dx_surname_oblique_ending(const char *low)
{
	static const char *const ends[] = {"а", "у", "ом", "е", "ым", NULL};
	int			k;

	for (k = 0; ends[k]; k++)
		if (dx_ends(low, ends[k]))
			return strlen(ends[k]);
	return 0;
}

int
dx_given_case_form(const char *form, const char *nom)
{
	static const char *const ends[] = {"а", "у", "ом", "ем", "е", "я", "ю", NULL};
	size_t		n = strlen(nom);
	int			k;

	if (n < 4 || strncmp(form, nom, n) != 0 || ENDS_LIT(nom, "а") || ENDS_LIT(nom, "я") ||
		ENDS_LIT(nom, "о") || ENDS_LIT(nom, "и") || ENDS_LIT(nom, "е"))
		return 0;
	for (k = 0; ends[k]; k++)
		if (strcmp(form + n, ends[k]) == 0)
			return 1;
	return 0;
}

int
dx_surname_ova(const char *low)
{
	return ENDS_LIT(low, "ова") || ENDS_LIT(low, "ева") || ENDS_LIT(low, "ина");
}

int
dx_surname_feminine(const char *low)
{
	return dx_surname_ova(low) || ENDS_LIT(low, "ская") || ENDS_LIT(low, "цкая");
}

int
dx_surname_of_man_oblique(const char *low)
{
	return (ENDS_LIT(low, "а") || ENDS_LIT(low, "у") || ENDS_LIT(low, "ым") || ENDS_LIT(low, "ом")) &&
		!ENDS_LIT(low, "ова") && !ENDS_LIT(low, "ева") && !ENDS_LIT(low, "ина") && !ENDS_LIT(low, "ына") &&
		!ENDS_LIT(low, "ая") && !ENDS_LIT(low, "ёва");
}

int
dx_adjective_like(const char *low)
{
	static const char *const ends[] = {
		"ого", "его", "ому", "ему", "ыми", "ими", "ый", "ое", "ее", "ые", "ие", "ых", "ую", "юю",
		"ая", "яя", "ой", "ским", "цким", "ным", "ном", "ской", NULL
	};
	int			i;

	if (ENDS_LIT(low, "ский") || ENDS_LIT(low, "цкий") || ENDS_LIT(low, "ская"))
		return 0;				/* surnames of adjectival form */
	for (i = 0; ends[i]; i++)
		if (dx_ends(low, ends[i]) && strlen(low) > strlen(ends[i]) + 4)
			return 1;
	return 0;
}

/* a man's instrumental of the -ов, -ев, -ин families: Петровым, Соловьёвым, Ильиным */
static const dx_end surname_ins_ends[] = {
	E_("овым"), E_("евым"), E_("ёвым"), E_("иным"), E_("ыным"), {NULL, 0}
};

int
dx_surname_case(const char *w)
{
	if (ends_in(w, surname_ins_ends))
		return DX_INS;
	if (ENDS_LIT(w, "ову") || ENDS_LIT(w, "еву") || ENDS_LIT(w, "ину"))
		return DX_DAT;
	if (ENDS_LIT(w, "ове") || ENDS_LIT(w, "еве") || ENDS_LIT(w, "ине"))
		return DX_PREP;
	if (ENDS_LIT(w, "ского") || ENDS_LIT(w, "цкого"))
		return DX_GEN;
	return DX_UNK;
}

/*
 * The case a woman's given name of the -а declension shows by its ending
 * that no nominative and no man's name has: -ы, -ой (Карлы, Саймой; -ей is
 * a man's nominative too: Гергей); DX_UNK otherwise.
 */
int
dx_woman_given_case(const char *low)
{
	if (dx_utf8_chars(low) < 4)
		return DX_UNK;
	if (ENDS_LIT(low, "ы"))
		return DX_GEN;
	if (ENDS_LIT(low, "ой"))
		return DX_INS;
	return DX_UNK;
}

int
dx_name_may_not_decline(const char *low)
{
	return ENDS_LIT(low, "е") || ENDS_LIT(low, "и") || ENDS_LIT(low, "о") || ENDS_LIT(low, "э");
}

int
dx_short_given_may_not_decline(const char *low)
{
	return ENDS_LIT(low, "у") || ENDS_LIT(low, "и") || ENDS_LIT(low, "о");
}

int
dx_plural_like(const char *low)
{
	return ENDS_LIT(low, "ы") || ENDS_LIT(low, "ии");
}

int
dx_surname_ym_form(const char *form, const char *surname)
{
	return ENDS_LIT(form, "ым") && strncmp(form, surname, strlen(surname)) == 0 &&
		strlen(form) == strlen(surname) + 4;
}

/* ---------------------------------------------------------------- letters and endings of names (persons.c) */

int
dx_company_word_ending(const char *low)
{
	static const dx_end ends[] = {
		E_("инг"), E_("мент"), E_("шн"), E_("сервис"), E_("трейд"), E_("холдинг"), E_("групп"), E_("тек"), E_("тех"), E_("лайн"), E_("пайплайн"),
		E_("компани"), E_("корпорейшн"), E_("энерджи"), E_("ойл"), E_("газ"), {NULL, 0}
	};

	return ends_in(low, ends);
}

int
dx_arabic_article_form(const char *low)
{
	return strncmp(low, "а", 2) == 0 || strncmp(low, "э", 2) == 0 || strncmp(low, "у", 2) == 0;
}

int
dx_letter_e_or_yo(const char *s)
{
	return strncmp(s, "ё", 2) == 0 || strncmp(s, "е", 2) == 0;
}

int
dx_first_declension_ending(const char *low)
{
	static const dx_end ends[] = {E_("а"), E_("я"), {NULL, 0}};

	return ends_in(low, ends);
}

/*
 * dx_adjective_ending() of a form of known length n, since the tokenizer
 * asks it of every new form
 */
int
dx_adjective_ending_len(const char *low, size_t n)
{
	return ends_in_n(low, n, ADJECTIVE_ENDS);
}

/*
 * An ending only surnames have, never a common word nor a given name:
 * Georgian -швили, -дзе; Armenian -янц, and -ян in a word of six letters or
 * more (Пашинян); Ukrainian -енко, -чук.
 */
int
dx_surname_only_ending(const char *low)
{
	static const dx_end ends[] = {E_("швили"), E_("дзе"), E_("янц"), E_("енко"), E_("чук"), {NULL, 0}};

	return ends_in(low, ends) || (ENDS_LIT(low, "ян") && strlen(low) >= 12);
}

/*
 * Two words in -ом/-ем and then -ом, -ем, -ым, -им: a given name and a
 * surname in the instrumental (Симаном Поваренкиным, Джимом Меллоном), not
 * an adjective and its noun (Большим театром, в Большом театре)
 */
int
dx_instrumental_name_pair(const char *a, const char *b)
{
	static const dx_end second[] = {E_("ом"), E_("ем"), E_("ым"), E_("им"), {NULL, 0}};

	return dx_utf8_chars(a) >= 4 && (ENDS_LIT(a, "ом") || ENDS_LIT(a, "ем")) && ends_in(b, second);
}

/*
 * A surname in the nominative by its ending, a man's (-ов, -ев, -ёв, -ин,
 * -ын: Евдокимов) or a woman's (fem: -ова, -ева, -ёва, -ина, -ына)
 */
int
dx_surname_nominative_of_man(const char *low, int fem)
{
	static const dx_end ends[] = {E_("ов"), E_("ев"), E_("ёв"), E_("ин"), E_("ын"), {NULL, 0}};
	static const dx_end fends[] = {E_("ова"), E_("ева"), E_("ёва"), E_("ина"), E_("ына"), {NULL, 0}};

	return dx_utf8_chars(low) >= 5 && ends_in(low, fem ? fends : ends);
}

/*
 * The case an adjective or participle shows against its masculine
 * nominative lemma (-ый, -ий, -ой) on the same stem: -ого/-его genitive,
 * -ому/-ему dative, -ым/-им instrumental, -ом/-ем prepositional
 * ("исполняющего обязанности", "генеральным директором"); DX_UNK otherwise.
 */
int
dx_adjective_case_of_lemma(const char *form, const char *lemma)
{
	static const struct
	{
		const char *end;
		int			c;
	}			ends[] = {
		{"ого", DX_GEN}, {"его", DX_GEN}, {"ому", DX_DAT}, {"ему", DX_DAT},
		{"ым", DX_INS}, {"им", DX_INS}, {"ом", DX_PREP}, {"ем", DX_PREP}
	};
	size_t		fl = strlen(form),
				ll = strlen(lemma),
				i;

	if (ll <= 4 || !(ENDS_LIT(lemma, "ый") || ENDS_LIT(lemma, "ий") || ENDS_LIT(lemma, "ой")))
		return DX_UNK;
	for (i = 0; i < sizeof(ends) / sizeof(ends[0]); i++)
	{
		size_t		el = strlen(ends[i].end);

		if (fl == ll - 4 + el && strncmp(form, lemma, ll - 4) == 0 && strcmp(form + fl - el, ends[i].end) == 0)
			return ends[i].c;
	}
	return DX_UNK;
}

/* е, ё or э at s: the letters foreign names are spelt with in turn (Девид, Дэвид) */
int
dx_letter_e_like(const char *s)
{
	return dx_letter_e_or_yo(s) || strncmp(s, "э", 2) == 0;
}

/*
 * A word ending in -и, -о, -у or -э but not -ии: the ending of a foreign
 * name that does not decline: Мулви, Кенни, Такэда
 */
int
dx_undeclined_vowel_ending(const char *low)
{
	return (ENDS_LIT(low, "и") || ENDS_LIT(low, "о") || ENDS_LIT(low, "у") || ENDS_LIT(low, "э")) &&
		!ENDS_LIT(low, "ии");
}

/* the suffix of a possessive adjective's stem at the end of s: -ев, -ёв, -ов, -ин, -ын */
int
dx_possessive_suffix(const char *s)
{
	return ENDS_LIT(s, "ев") || ENDS_LIT(s, "ёв") || ENDS_LIT(s, "ов") || ENDS_LIT(s, "ин") ||
		ENDS_LIT(s, "ын");
}

/*
 * The byte length of the stem of a possessive adjective of the short
 * declension (баренцевом, берингова, марьиной: a stem in -ев-, -ов-, -ин-
 * and a short ending, or none: берингов), 0 when the lower-case form is not
 * shaped so.  The stem keeps at least two letters before its suffix.
 */
size_t
dx_possessive_stem(const char *low)
{
	static const char *const endings[] = {
		"ыми", "ых", "ым", "ой", "ою", "ом", "а", "у", "е", "о", "ы", ""
	};
	size_t		len = strlen(low),
				k;
	char		stem[256];

	for (k = 0; k < sizeof(endings) / sizeof(endings[0]); k++)
	{
		size_t		el = strlen(endings[k]);

		if (len < el + 8 || len - el >= sizeof(stem) || strcmp(low + len - el, endings[k]) != 0)
			continue;
		memcpy(stem, low, len - el);
		stem[len - el] = '\0';
		return dx_possessive_suffix(stem) ? len - el : 0;
	}
	return 0;
}

/* the ending of a short possessive's nominative in a gender (DX_PLUR the plural): Берингов, -а, -о, -ы */
const char *
dx_possessive_ending(int gender)
{
	return gender == DX_FEM ? "а" : gender == DX_NEUT ? "о" : gender == DX_PLUR ? "ы" : "";
}

/* a masculine or neuter adjective in the nominative singular: Волжский, Каменское */
int
dx_masc_neut_adjective_nominative(const char *low)
{
	return dx_ends(low, "ый") || dx_ends(low, "ий") || dx_ends(low, "ое") || dx_ends(low, "ее");
}

/* a masculine or neuter adjective's oblique singular: Хмельницкого, Хмельницком */
int
dx_masc_neut_adjective_oblique(const char *low)
{
	static const char *const masc[] = {"ого", "его", "ому", "ему", "ым", "им", "ом", "ем", NULL};
	int			k;

	for (k = 0; masc[k]; k++)
		if (dx_ends(low, masc[k]))
			return 1;
	return 0;
}

/* -ом, -ем: the locative of such an adjective, and a noun's instrumental (Волжском, Волжском) */
int
dx_om_em_ending(const char *low)
{
	return dx_ends(low, "ом") || dx_ends(low, "ем");
}

/*
 * A man's surname in -у after a consonant (Ямаду) is the accusative of a
 * surname that declines like a feminine noun in -а (Ямада): that
 * nominative, or NULL for another ending
 */
char *
dx_u_accusative_nominative(dx_arena *a, const char *form)
{
	size_t		n = strlen(form);
	char	   *r;

	if (!ENDS_LIT(form, "у") || n < 8 || after_vowel(form, 2))
		return NULL;
	r = dx_strndup(a, form, n);
	if (r != NULL)
		memcpy(r + n - 2, "а", 2);	/* у and а: two bytes each */
	return r;
}

/*
 * A foreign man's given name that keeps its form in every case, in -и, -о
 * or -э (Кэндзи, Синдзо), not -ии; -у and -е left out, as Portuguese and
 * Romanian names in them go with surnames in -у that do not decline either
 */
int
dx_given_undeclined_ioe(const char *low)
{
	return (ENDS_LIT(low, "и") || ENDS_LIT(low, "о") || ENDS_LIT(low, "э")) && !ENDS_LIT(low, "ии");
}

/* a verb's reflexive ending, after a consonant or a vowel: -ся, -сь (встретился, встретилась) */
int
dx_reflexive_verb_ending(const char *low)
{
	return ENDS_LIT(low, "ся") || ENDS_LIT(low, "сь");
}

/* the grammemes of all of a word's analyses together, 0 when it has none */
uint64_t
dx_morph_all_grams(const dx_lexicon *lex, const char *word, size_t len)
{
	dx_ocparse	p[32];
	int			n = dx_morph_analyse(lex, word, len, p, 32),
				k;
	uint64_t	g = 0;

	for (k = 0; k < n; k++)
		g |= p[k].gram;
	return g;
}

/*
 * A man's surname that declines like a feminine noun in -а or -я (Ямада,
 * Сантана, Гарсия) in case c, which the given name before it shows (Ивана,
 * Хуану, Карлосом): its nominative, or NULL when the form is none of that
 * declension's forms in c, or is one a surname of another declension has
 * too (Ямаде: the dative of Ямада or the undeclined Эйде; Петрова: the
 * genitive of Петров).  Ямаду, Гарсию (the accusative, whose form is the
 * genitive's for the given name), Гарсии, Гарсией.
 */
char *
dx_man_a_surname_nominative(dx_arena *a, const char *form, int c)
{
	if (dx_utf8_chars(form) < 4 || (unsigned char) form[0] < 0xC0)
		return NULL;
	switch (c)
	{
		case DX_GEN:
		case DX_ACC:
			if (ENDS_LIT(form, "ию"))
				return replace_end(a, form, 2, "я");
			if (ENDS_LIT(form, "у") && !after_vowel(form, 2))
				return replace_end(a, form, 2, "а");
			if (c == DX_GEN && ENDS_LIT(form, "ии"))
				return replace_end(a, form, 2, "я");
			break;
		case DX_DAT:
		case DX_PREP:
			if (ENDS_LIT(form, "ии"))
				return replace_end(a, form, 2, "я");
			break;
		case DX_INS:
			if (ENDS_LIT(form, "ией"))
				return replace_end(a, form, 4, "я");
			break;
		default:
			break;
	}
	return NULL;
}

/*
 * The instrumental of a surname of the -ов, -ев, -ин families, a man's or a
 * woman's: Петровым, Петровой, Ильиным, Ильиной (a woman's -ой is her
 * genitive, dative and prepositional too).
 */
int
dx_surname_instrumental(const char *low)
{
	static const dx_end woman[] = {
		E_("овой"), E_("евой"), E_("ёвой"), E_("иной"), E_("ыной"), {NULL, 0}
	};

	return ends_in(low, surname_ins_ends) || ends_in(low, woman);
}

/*
 * Is form the genitive, dative and prepositional alike of a woman's given
 * name in -ия (Марии of Мария, Юлии of Юлия): a case the form alone does
 * not tell?
 */
int
dx_given_gen_dat_alike(const char *form, const char *lemma)
{
	size_t		fl = strlen(form),
				ll = strlen(lemma);

	return fl == ll && fl > 4 && ENDS_LIT(lemma, "ия") && ENDS_LIT(form, "ии") &&
		memcmp(form, lemma, fl - 2) == 0;
}

/*
 * A surname of adjectival form in the nominative by its ending, a man's
 * (-ский, -цкий: Ковальский) or a woman's (fem: -ская, -цкая)
 */
int
dx_surname_adjectival_nominative(const char *low, int fem)
{
	static const dx_end ends[] = {E_("ский"), E_("цкий"), {NULL, 0}};
	static const dx_end fends[] = {E_("ская"), E_("цкая"), {NULL, 0}};

	return dx_utf8_chars(low) >= 6 && ends_in(low, fem ? fends : ends);
}

/*
 * Does a given name in the nominative (lower case) decline, so that its
 * nominative form in the text says the nominative: a consonant, -й, -ь,
 * -а, -я (Иван, Андрей, Мария); not -и, -о, -у, -э, -е, -ю (Мэри, Рене).
 */
int
dx_given_declines(const char *low)
{
	return *low && !dx_undeclined_vowel_ending(low) && !ENDS_LIT(low, "е") && !ENDS_LIT(low, "ю");
}

/*
 * Does a surname in its nominative (lower case) keep that form in every
 * case, for a person of gender: a vowel other than -а, -я (Биби, Шевченко,
 * Куэлью), and for a woman any other ending too (Смит, Бербок); not a
 * woman's Петрова nor a man's Петров.
 */
int
dx_surname_keeps_form(const char *low, int gender)
{
	if (!*low || ENDS_LIT(low, "а") || ENDS_LIT(low, "я"))
		return 0;
	return gender == DX_FEM || !dx_given_declines(low);
}
