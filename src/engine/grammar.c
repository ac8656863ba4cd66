/*
 * grammar.c - the one table of closed-class words (see grammar.h for the
 * flags and how to ask).
 *
 * Each row is a word form as dx_normalize writes it (lower case, ё as е)
 * and its flags; a form ending in '*' is a prefix: every form starting
 * with it has its flags (тысяч*: тысяча, тысячами).  The rows are sorted
 * by their bytes (as strcmp orders them), each form once: a lookup is a
 * binary search.  test/unit/test_grammar.c checks the order.
 *
 * Flags (grammar.h):
 *   GR_PREP        preposition              GR_PREP_PLACE  before a place
 *   GR_CONJ        conjunction              GR_PRON        pronoun
 *   GR_POSS        possessive pronoun       GR_DEMO        demonstrative
 *   GR_REL         relative word            GR_ADV         pronominal adverb
 *   GR_PART        particle                 GR_NUM         numeral word
 *   GR_AUX         auxiliary, copula        GR_NAME_STOP   no name, capitalised
 *   GR_ABBREV      a period may follow      GR_SCALE_3..12 a number's scale
 */
#include "grammar.h"

#include <stdlib.h>
#include <string.h>

typedef struct gram_row
{
	const char *form;
	uint32_t	flags;
} gram_row;

static const gram_row GRAMMAR[] = {
	{"billion*", GR_NUM | GR_SCALE_9},
	{"bn", GR_NUM | GR_SCALE_9},
	{"dr", GR_ABBREV},
	{"etc", GR_ABBREV},
	{"gen", GR_ABBREV},
	{"inc", GR_ABBREV},
	{"jr", GR_ABBREV},
	{"ltd", GR_ABBREV},
	{"million*", GR_NUM | GR_SCALE_6},
	{"mln", GR_NUM | GR_SCALE_6},
	{"mr", GR_ABBREV},
	{"mrs", GR_ABBREV},
	{"no", GR_ABBREV},
	{"prof", GR_ABBREV},
	{"st", GR_ABBREV},
	{"thousand*", GR_NUM | GR_SCALE_3},
	{"trillion*", GR_NUM | GR_SCALE_12},
	{"u.s", GR_ABBREV},
	{"vs", GR_ABBREV},
	{"а", GR_CONJ | GR_NAME_STOP},
	{"акад", GR_ABBREV},
	{"англ", GR_ABBREV},
	{"без", GR_PREP | GR_NAME_STOP},
	{"будет", GR_AUX},
	{"будут", GR_AUX},
	{"бы", GR_PART | GR_AUX},
	{"был", GR_AUX},
	{"была", GR_AUX},
	{"были", GR_AUX},
	{"было", GR_AUX},
	{"быть", GR_AUX},
	{"в", GR_PREP | GR_PREP_PLACE | GR_NAME_STOP | GR_ABBREV},
	{"вам", GR_PRON | GR_NAME_STOP},
	{"вас", GR_PRON | GR_NAME_STOP},
	{"вв", GR_ABBREV},
	{"во", GR_PREP | GR_PREP_PLACE | GR_NAME_STOP},
	{"все", GR_PRON | GR_NAME_STOP},
	{"вы", GR_PRON | GR_NAME_STOP},
	{"г", GR_ABBREV},
	{"гг", GR_ABBREV},
	{"где", GR_REL | GR_NAME_STOP},
	{"ген", GR_ABBREV},
	{"гос", GR_ABBREV},
	{"д", GR_ABBREV},
	{"для", GR_PREP | GR_NAME_STOP},
	{"до", GR_PREP | GR_NAME_STOP},
	{"должен", GR_AUX},
	{"должна", GR_AUX},
	{"должно", GR_AUX},
	{"должны", GR_AUX},
	{"долл", GR_ABBREV},
	{"др", GR_ABBREV},
	{"е", GR_ABBREV},
	{"его", GR_PRON | GR_POSS | GR_NAME_STOP},
	{"ее", GR_PRON | GR_POSS | GR_NAME_STOP},
	{"ей", GR_PRON | GR_NAME_STOP},
	{"если", GR_CONJ | GR_NAME_STOP},
	{"есть", GR_AUX},
	{"еще", GR_PART | GR_NAME_STOP},
	{"же", GR_PART | GR_NAME_STOP},
	{"за", GR_PREP | GR_NAME_STOP},
	{"зам", GR_ABBREV},
	{"зато", GR_CONJ | GR_NAME_STOP},
	{"и", GR_CONJ | GR_NAME_STOP},
	{"из", GR_PREP | GR_PREP_PLACE | GR_NAME_STOP},
	{"или", GR_CONJ | GR_NAME_STOP},
	{"им", GR_PRON | GR_NAME_STOP | GR_ABBREV},
	{"их", GR_PRON | GR_POSS | GR_NAME_STOP},
	{"к", GR_PREP | GR_NAME_STOP},
	{"как", GR_CONJ | GR_REL | GR_NAME_STOP},
	{"кв", GR_ABBREV},
	{"км", GR_ABBREV},
	{"когда", GR_CONJ | GR_REL | GR_NAME_STOP},
	{"коп", GR_ABBREV},
	{"кроме", GR_PREP | GR_NAME_STOP},
	{"ли", GR_PART | GR_NAME_STOP},
	{"миллиард*", GR_NUM | GR_SCALE_9},
	{"миллион*", GR_NUM | GR_SCALE_6},
	{"мин", GR_ABBREV},
	{"мир", GR_NAME_STOP},
	{"мира", GR_NAME_STOP},
	{"миру", GR_NAME_STOP},
	{"млн", GR_NUM | GR_ABBREV | GR_SCALE_6},
	{"млрд", GR_NUM | GR_ABBREV | GR_SCALE_9},
	{"мог", GR_AUX},
	{"могла", GR_AUX},
	{"могли", GR_AUX},
	{"могло", GR_AUX},
	{"могут", GR_AUX},
	{"может", GR_AUX},
	{"мр", GR_ABBREV},
	{"мы", GR_PRON | GR_NAME_STOP},
	{"н", GR_ABBREV},
	{"на", GR_PREP | GR_PREP_PLACE | GR_NAME_STOP},
	{"над", GR_PREP | GR_NAME_STOP},
	{"не", GR_PART | GR_NAME_STOP},
	{"ни", GR_PART | GR_NAME_STOP},
	{"но", GR_CONJ | GR_NAME_STOP},
	{"о", GR_PREP | GR_NAME_STOP},
	{"об", GR_PREP | GR_NAME_STOP},
	{"обл", GR_ABBREV},
	{"однако", GR_CONJ | GR_NAME_STOP},
	{"он", GR_PRON | GR_NAME_STOP},
	{"она", GR_PRON | GR_NAME_STOP},
	{"они", GR_PRON | GR_NAME_STOP},
	{"оно", GR_PRON | GR_NAME_STOP},
	{"от", GR_PREP | GR_NAME_STOP},
	{"п", GR_ABBREV},
	{"перед", GR_PREP | GR_NAME_STOP},
	{"по", GR_PREP | GR_NAME_STOP},
	{"под", GR_PREP | GR_NAME_STOP},
	{"пока", GR_CONJ | GR_NAME_STOP},
	{"пос", GR_ABBREV},
	{"после", GR_PREP | GR_NAME_STOP},
	{"пр", GR_ABBREV},
	{"пр-т", GR_ABBREV},
	{"при", GR_PREP | GR_NAME_STOP},
	{"про", GR_PREP | GR_NAME_STOP},
	{"проф", GR_ABBREV},
	{"рис", GR_ABBREV},
	{"руб", GR_ABBREV},
	{"рус", GR_ABBREV},
	{"с", GR_PREP | GR_NAME_STOP | GR_ABBREV},
	{"сам", GR_PRON | GR_NAME_STOP},
	{"сама", GR_PRON | GR_NAME_STOP},
	{"само", GR_PRON | GR_NAME_STOP},
	{"самое", GR_PRON | GR_NAME_STOP},
	{"св", GR_ABBREV},
	{"см", GR_ABBREV},
	{"со", GR_PREP | GR_NAME_STOP},
	{"ср", GR_ABBREV},
	{"ст", GR_ABBREV},
	{"стал", GR_AUX},
	{"стала", GR_AUX},
	{"стали", GR_AUX},
	{"стало", GR_AUX},
	{"стр", GR_ABBREV},
	{"т", GR_ABBREV},
	{"табл", GR_ABBREV},
	{"так", GR_ADV | GR_NAME_STOP},
	{"также", GR_PART | GR_NAME_STOP},
	{"там", GR_ADV | GR_NAME_STOP},
	{"тем", GR_DEMO | GR_NAME_STOP},
	{"то", GR_DEMO | GR_NAME_STOP},
	{"того", GR_DEMO | GR_NAME_STOP},
	{"тоже", GR_PART | GR_NAME_STOP},
	{"том", GR_DEMO | GR_NAME_STOP},
	{"тому", GR_DEMO | GR_NAME_STOP},
	{"триллион*", GR_NUM | GR_SCALE_12},
	{"трлн", GR_NUM | GR_ABBREV | GR_SCALE_12},
	{"тут", GR_ADV | GR_NAME_STOP},
	{"ты", GR_PRON | GR_NAME_STOP},
	{"тыс", GR_NUM | GR_ABBREV | GR_SCALE_3},
	{"тысяч*", GR_NUM | GR_SCALE_3},
	{"у", GR_PREP | GR_NAME_STOP},
	{"уже", GR_PART | GR_NAME_STOP},
	{"ул", GR_ABBREV},
	{"хотя", GR_CONJ | GR_NAME_STOP},
	{"ч", GR_ABBREV},
	{"чел", GR_ABBREV},
	{"через", GR_PREP | GR_PREP_PLACE},
	{"что", GR_CONJ | GR_REL | GR_NAME_STOP},
	{"чтобы", GR_CONJ | GR_NAME_STOP},
	{"э", GR_ABBREV},
	{"эта", GR_DEMO | GR_NAME_STOP},
	{"эти", GR_DEMO | GR_NAME_STOP},
	{"это", GR_DEMO | GR_NAME_STOP},
	{"этот", GR_DEMO | GR_NAME_STOP},
	{"я", GR_PRON | GR_NAME_STOP},
	{"является", GR_AUX},
	{"являются", GR_AUX},
};

#define NROWS ((int) (sizeof(GRAMMAR) / sizeof(GRAMMAR[0])))

/*
 * The byte lengths of the rows: the longest whole form, and each length of
 * a prefix row (without its '*'), ascending.  A lookup tries those lengths
 * only.  test/unit/test_grammar.c checks them against the rows.
 */
#define WHOLE_MAX_BYTES 16
static const unsigned char PREFIX_BYTES[] = {7, 8, 10, 14, 16};

#define NPREFIX ((int) sizeof(PREFIX_BYTES))

static int
cmp_row(const void *key, const void *row)
{
	return strcmp((const char *) key, ((const gram_row *) row)->form);
}

static uint32_t
flags_of(const char *key)
{
	const gram_row *r = bsearch(key, GRAMMAR, NROWS, sizeof(GRAMMAR[0]), cmp_row);

	return r ? r->flags : 0;
}

uint32_t
dx_gram_form(const char *low, size_t len)
{
	return len <= WHOLE_MAX_BYTES ? flags_of(low) : 0;
}

uint32_t
dx_gram_word(const char *low)
{
	size_t		len = strlen(low);
	uint32_t	flags = dx_gram_form(low, len);
	char		key[32];
	int			i;

	/* the starts of the word that a prefix row may be */
	for (i = 0; i < NPREFIX && PREFIX_BYTES[i] <= len; i++)
	{
		size_t		n = PREFIX_BYTES[i];

		if (((unsigned char) low[n] & 0xC0) == 0x80)
			continue;			/* not a character's end */
		memcpy(key, low, n);
		key[n] = '*';
		key[n + 1] = '\0';
		flags |= flags_of(key);
	}
	return flags;
}

/* for the tests: the limits above */
int
dx_gram_limits(int *whole_max, const unsigned char **prefix_bytes)
{
	*whole_max = WHOLE_MAX_BYTES;
	*prefix_bytes = PREFIX_BYTES;
	return NPREFIX;
}

const char *
dx_gram_row(int i, uint32_t *flags)
{
	if (i < 0 || i >= NROWS)
		return NULL;
	*flags = GRAMMAR[i].flags;
	return GRAMMAR[i].form;
}
