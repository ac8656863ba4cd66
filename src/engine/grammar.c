/*
 * grammar.c - the one table of closed-class words (see grammar.h for the
 * flags and how to ask).
 *
 * Each row is a word form as dx_normalize writes it (lower case, ё as е)
 * and its flags; a form ending in '*' is a prefix: every form starting
 * with it has its flags (тысяч*: тысяча, тысячами).  The rows are sorted
 * by their bytes (as strcmp orders them), each form once, which
 * test/unit/test_grammar.c checks; a lookup goes through a hash table of
 * them (flags_of).
 *
 * Flags (grammar.h):
 *   GR_PREP        preposition              GR_PREP_PLACE  before a place
 *   GR_CONJ        conjunction              GR_PRON        pronoun
 *   GR_POSS        possessive pronoun       GR_DEMO        demonstrative
 *   GR_REL         relative word            GR_ADV         pronominal adverb
 *   GR_PART        particle                 GR_NUM         numeral word
 *   GR_AUX         auxiliary, copula        GR_NAME_STOP   no name, capitalised
 *   GR_ABBREV      a period may follow      GR_SCALE_3..12 a number's scale
 *   GR_P_*         one preposition (GR_P_V: в, во; GR_P_NA: на ...)
 *   GR_AND, GR_BUT, GR_ALSO, GR_NOT, GR_THAT, GR_SO_THAT   и; а, но; также, тоже; не; что; чтобы
 *   GR_WHICH       который (котор*)         GR_PAIR        две, обе, оба
 *   GR_PERS3       он, она, оно, они        GR_MASC, GR_FEM  он; она
 *   GR_POSS_ADJ    наш, ваш, свой           GR_DEMO_ADJ    этот, тот, такой
 *   GR_DEF_ADJ     весь, сам                GR_PRON_OBL    нем, ней, них, чем
 *   GR_LATIN_LINK  of, and, the inside a Latin name
 */
#include "grammar.h"
#include "hash.h"

#include <stdlib.h>
#include <string.h>

typedef struct gram_row
{
	const char *form;
	uint64_t	flags;
} gram_row;

static const gram_row GRAMMAR[] = {
	{"am", GR_LATIN_LINK},
	{"and", GR_LATIN_LINK},
	{"billion*", GR_NUM | GR_SCALE_9},
	{"bn", GR_NUM | GR_SCALE_9},
	{"de", GR_LATIN_LINK},
	{"del", GR_LATIN_LINK},
	{"della", GR_LATIN_LINK},
	{"des", GR_LATIN_LINK},
	{"di", GR_LATIN_LINK},
	{"dr", GR_ABBREV},
	{"du", GR_LATIN_LINK},
	{"etc", GR_ABBREV},
	{"for", GR_LATIN_LINK},
	{"gen", GR_ABBREV},
	{"in", GR_LATIN_LINK},
	{"inc", GR_ABBREV},
	{"jr", GR_ABBREV},
	{"la", GR_LATIN_LINK},
	{"le", GR_LATIN_LINK},
	{"ltd", GR_ABBREV},
	{"million*", GR_NUM | GR_SCALE_6},
	{"mln", GR_NUM | GR_SCALE_6},
	{"mr", GR_ABBREV},
	{"mrs", GR_ABBREV},
	{"no", GR_ABBREV},
	{"of", GR_LATIN_LINK},
	{"on", GR_LATIN_LINK},
	{"prof", GR_ABBREV},
	{"st", GR_ABBREV},
	{"the", GR_LATIN_LINK},
	{"thousand*", GR_NUM | GR_SCALE_3},
	{"to", GR_LATIN_LINK},
	{"trillion*", GR_NUM | GR_SCALE_12},
	{"u.s", GR_ABBREV},
	{"und", GR_LATIN_LINK},
	{"vs", GR_ABBREV},
	{"а", GR_CONJ | GR_NAME_STOP | GR_BUT},
	{"акад", GR_ABBREV},
	{"англ", GR_ABBREV},
	{"без", GR_PREP | GR_NAME_STOP},
	{"близ", GR_PREP | GR_P_OKOLO},
	{"будет", GR_AUX},
	{"будут", GR_AUX},
	{"бы", GR_AUX},
	{"был", GR_AUX},
	{"была", GR_AUX},
	{"были", GR_AUX},
	{"было", GR_AUX},
	{"быть", GR_AUX},
	{"в", GR_PREP | GR_PREP_PLACE | GR_NAME_STOP | GR_ABBREV | GR_P_V},
	{"вам", GR_PRON | GR_NAME_STOP},
	{"вас", GR_PRON | GR_NAME_STOP},
	{"ваш", GR_POSS_ADJ},
	{"ваша", GR_POSS_ADJ},
	{"ваше", GR_POSS_ADJ},
	{"вашего", GR_POSS_ADJ},
	{"вашей", GR_POSS_ADJ},
	{"вашем", GR_POSS_ADJ},
	{"вашему", GR_POSS_ADJ},
	{"ваши", GR_POSS_ADJ},
	{"вашим", GR_POSS_ADJ},
	{"вашими", GR_POSS_ADJ},
	{"ваших", GR_POSS_ADJ},
	{"вашу", GR_POSS_ADJ},
	{"вв", GR_ABBREV},
	{"весь", GR_DEF_ADJ},
	{"вместо", GR_PREP | GR_P_VMESTO},
	{"во", GR_PREP | GR_PREP_PLACE | GR_NAME_STOP | GR_P_V},
	{"возле", GR_PREP | GR_P_OKOLO},
	{"вокруг", GR_PREP | GR_P_VOKRUG},
	{"все", GR_PRON | GR_NAME_STOP | GR_DEF_ADJ},
	{"всего", GR_DEF_ADJ},
	{"всей", GR_DEF_ADJ},
	{"всем", GR_DEF_ADJ},
	{"всеми", GR_DEF_ADJ},
	{"всему", GR_DEF_ADJ},
	{"всех", GR_DEF_ADJ},
	{"всю", GR_DEF_ADJ},
	{"вся", GR_DEF_ADJ},
	{"вы", GR_PRON | GR_NAME_STOP},
	{"г", GR_ABBREV},
	{"гг", GR_ABBREV},
	{"где", GR_REL | GR_NAME_STOP},
	{"ген", GR_ABBREV},
	{"гос", GR_ABBREV},
	{"д", GR_ABBREV},
	{"две", GR_PAIR},
	{"двух", GR_PAIR},
	{"для", GR_PREP | GR_NAME_STOP | GR_P_DLYA},
	{"до", GR_PREP | GR_NAME_STOP | GR_P_DO},
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
	{"за", GR_PREP | GR_NAME_STOP | GR_P_ZA},
	{"зам", GR_ABBREV},
	{"зато", GR_CONJ | GR_NAME_STOP},
	{"и", GR_CONJ | GR_NAME_STOP | GR_AND},
	{"из", GR_PREP | GR_PREP_PLACE | GR_NAME_STOP | GR_P_IZ},
	{"или", GR_CONJ | GR_NAME_STOP},
	{"им", GR_PRON | GR_NAME_STOP | GR_ABBREV},
	{"их", GR_PRON | GR_POSS | GR_NAME_STOP},
	{"к", GR_PREP | GR_NAME_STOP | GR_P_K},
	{"как", GR_CONJ | GR_REL | GR_NAME_STOP},
	{"кв", GR_ABBREV},
	{"км", GR_ABBREV},
	{"ко", GR_PREP | GR_P_K},
	{"когда", GR_CONJ | GR_REL | GR_NAME_STOP},
	{"коп", GR_ABBREV},
	{"котор*", GR_WHICH},
	{"кроме", GR_PREP | GR_NAME_STOP | GR_P_KROME},
	{"ли", GR_PART | GR_NAME_STOP},
	{"между", GR_PREP | GR_P_MEZHDU},
	{"миллиард*", GR_NUM | GR_SCALE_9},
	{"миллион*", GR_NUM | GR_SCALE_6},
	{"мин", GR_ABBREV},
	{"мир", GR_NAME_STOP},
	{"мира", GR_NAME_STOP},
	{"миру", GR_NAME_STOP},
	{"млн", GR_ABBREV | GR_NUM | GR_SCALE_6},
	{"млрд", GR_ABBREV | GR_NUM | GR_SCALE_9},
	{"мог", GR_AUX},
	{"могла", GR_AUX},
	{"могли", GR_AUX},
	{"могло", GR_AUX},
	{"могут", GR_AUX},
	{"может", GR_AUX},
	{"мр", GR_ABBREV},
	{"мы", GR_PRON | GR_NAME_STOP},
	{"н", GR_ABBREV},
	{"на", GR_PREP | GR_PREP_PLACE | GR_NAME_STOP | GR_P_NA},
	{"над", GR_PREP | GR_NAME_STOP | GR_P_NAD},
	{"наш", GR_POSS_ADJ},
	{"наша", GR_POSS_ADJ},
	{"наше", GR_POSS_ADJ},
	{"нашего", GR_POSS_ADJ},
	{"нашей", GR_POSS_ADJ},
	{"нашем", GR_POSS_ADJ},
	{"нашему", GR_POSS_ADJ},
	{"наши", GR_POSS_ADJ},
	{"нашим", GR_POSS_ADJ},
	{"нашими", GR_POSS_ADJ},
	{"наших", GR_POSS_ADJ},
	{"нашу", GR_POSS_ADJ},
	{"не", GR_PART | GR_NAME_STOP | GR_NOT},
	{"ней", GR_PRON_OBL},
	{"нем", GR_PRON_OBL},
	{"нему", GR_PRON_OBL},
	{"ни", GR_PART | GR_NAME_STOP},
	{"них", GR_PRON_OBL},
	{"но", GR_CONJ | GR_NAME_STOP | GR_BUT},
	{"о", GR_PREP | GR_NAME_STOP | GR_P_O},
	{"об", GR_PREP | GR_NAME_STOP | GR_P_O},
	{"оба", GR_PAIR},
	{"обе", GR_PAIR},
	{"обеих", GR_PAIR},
	{"обл", GR_ABBREV},
	{"обо", GR_PREP | GR_P_O},
	{"обоих", GR_PAIR},
	{"однако", GR_CONJ | GR_NAME_STOP | GR_BUT},
	{"около", GR_PREP | GR_P_OKOLO},
	{"он", GR_PRON | GR_NAME_STOP | GR_PERS3 | GR_MASC},
	{"она", GR_PRON | GR_NAME_STOP | GR_PERS3 | GR_FEM},
	{"они", GR_PRON | GR_NAME_STOP | GR_PERS3},
	{"оно", GR_PRON | GR_NAME_STOP | GR_PERS3},
	{"от", GR_PREP | GR_NAME_STOP | GR_P_OT},
	{"п", GR_ABBREV},
	{"перед", GR_PREP | GR_NAME_STOP | GR_P_PERED},
	{"по", GR_PREP | GR_NAME_STOP | GR_P_PO},
	{"под", GR_PREP | GR_NAME_STOP | GR_P_POD},
	{"пока", GR_CONJ | GR_NAME_STOP},
	{"пос", GR_ABBREV},
	{"после", GR_PREP | GR_NAME_STOP},
	{"посреди", GR_PREP | GR_P_POSREDI},
	{"пр", GR_ABBREV},
	{"пр-т", GR_ABBREV},
	{"при", GR_PREP | GR_NAME_STOP | GR_P_PRI},
	{"про", GR_PREP | GR_NAME_STOP},
	{"против", GR_PREP | GR_P_PROTIV},
	{"проф", GR_ABBREV},
	{"рис", GR_ABBREV},
	{"руб", GR_ABBREV},
	{"рус", GR_ABBREV},
	{"с", GR_PREP | GR_NAME_STOP | GR_ABBREV | GR_P_S},
	{"сам", GR_PRON | GR_NAME_STOP | GR_DEF_ADJ},
	{"сама", GR_PRON | GR_NAME_STOP | GR_DEF_ADJ},
	{"сами", GR_DEF_ADJ},
	{"самим", GR_DEF_ADJ},
	{"самими", GR_DEF_ADJ},
	{"самих", GR_DEF_ADJ},
	{"само", GR_PRON | GR_NAME_STOP | GR_DEF_ADJ},
	{"самого", GR_DEF_ADJ},
	{"самое", GR_PRON | GR_NAME_STOP},
	{"самой", GR_DEF_ADJ},
	{"самом", GR_DEF_ADJ},
	{"самому", GR_DEF_ADJ},
	{"саму", GR_DEF_ADJ},
	{"самые", GR_DEF_ADJ},
	{"самых", GR_DEF_ADJ},
	{"св", GR_ABBREV},
	{"свое", GR_POSS_ADJ},
	{"своего", GR_POSS_ADJ},
	{"своей", GR_POSS_ADJ},
	{"своем", GR_POSS_ADJ},
	{"своему", GR_POSS_ADJ},
	{"свои", GR_POSS_ADJ},
	{"своим", GR_POSS_ADJ},
	{"своими", GR_POSS_ADJ},
	{"своих", GR_POSS_ADJ},
	{"свой", GR_POSS_ADJ},
	{"свою", GR_POSS_ADJ},
	{"своя", GR_POSS_ADJ},
	{"см", GR_ABBREV},
	{"со", GR_PREP | GR_NAME_STOP | GR_P_S},
	{"ср", GR_ABBREV},
	{"ст", GR_ABBREV},
	{"стал", GR_AUX},
	{"стала", GR_AUX},
	{"стали", GR_AUX},
	{"стало", GR_AUX},
	{"стр", GR_ABBREV},
	{"т", GR_ABBREV},
	{"та", GR_DEMO_ADJ},
	{"табл", GR_ABBREV},
	{"так", GR_ADV | GR_NAME_STOP},
	{"такая", GR_DEMO_ADJ},
	{"также", GR_PART | GR_NAME_STOP | GR_ALSO},
	{"такие", GR_DEMO_ADJ},
	{"таким", GR_DEMO_ADJ},
	{"такими", GR_DEMO_ADJ},
	{"таких", GR_DEMO_ADJ},
	{"такого", GR_DEMO_ADJ},
	{"такое", GR_DEMO_ADJ},
	{"такой", GR_DEMO_ADJ},
	{"таком", GR_DEMO_ADJ},
	{"такому", GR_DEMO_ADJ},
	{"такую", GR_DEMO_ADJ},
	{"там", GR_ADV | GR_NAME_STOP},
	{"те", GR_DEMO_ADJ},
	{"тем", GR_DEMO | GR_NAME_STOP | GR_DEMO_ADJ},
	{"теми", GR_DEMO_ADJ},
	{"тех", GR_DEMO_ADJ},
	{"то", GR_DEMO | GR_NAME_STOP | GR_DEMO_ADJ},
	{"того", GR_DEMO | GR_NAME_STOP | GR_DEMO_ADJ},
	{"тоже", GR_PART | GR_NAME_STOP | GR_ALSO},
	{"той", GR_DEMO_ADJ},
	{"том", GR_DEMO | GR_NAME_STOP | GR_DEMO_ADJ},
	{"тому", GR_DEMO | GR_NAME_STOP | GR_DEMO_ADJ},
	{"тот", GR_DEMO_ADJ},
	{"триллион*", GR_NUM | GR_SCALE_12},
	{"трлн", GR_ABBREV | GR_NUM | GR_SCALE_12},
	{"ту", GR_DEMO_ADJ},
	{"тут", GR_ADV | GR_NAME_STOP},
	{"ты", GR_PRON | GR_NAME_STOP},
	{"тыс", GR_ABBREV | GR_NUM | GR_SCALE_3},
	{"тысяч*", GR_NUM | GR_SCALE_3},
	{"у", GR_PREP | GR_NAME_STOP | GR_P_U},
	{"уже", GR_PART | GR_NAME_STOP},
	{"ул", GR_ABBREV},
	{"хотя", GR_CONJ | GR_NAME_STOP},
	{"ч", GR_ABBREV},
	{"чел", GR_ABBREV},
	{"чем", GR_PRON_OBL},
	{"через", GR_PREP | GR_PREP_PLACE | GR_P_CHEREZ},
	{"что", GR_CONJ | GR_REL | GR_NAME_STOP | GR_THAT},
	{"чтобы", GR_CONJ | GR_NAME_STOP | GR_SO_THAT},
	{"э", GR_ABBREV},
	{"эта", GR_DEMO | GR_NAME_STOP | GR_DEMO_ADJ},
	{"эти", GR_DEMO | GR_NAME_STOP | GR_DEMO_ADJ},
	{"этим", GR_DEMO_ADJ},
	{"этими", GR_DEMO_ADJ},
	{"этих", GR_DEMO_ADJ},
	{"это", GR_DEMO | GR_NAME_STOP | GR_DEMO_ADJ},
	{"этого", GR_DEMO_ADJ},
	{"этой", GR_DEMO_ADJ},
	{"этом", GR_DEMO_ADJ},
	{"этому", GR_DEMO_ADJ},
	{"этот", GR_DEMO | GR_NAME_STOP | GR_DEMO_ADJ},
	{"эту", GR_DEMO_ADJ},
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

/*
 * The rows by hash of their form, built from the table on the first look-up
 * (a look-up runs for each new form of a text, and more): open addressing,
 * a row number + 1 per slot, 0 empty; at most half the slots are used.
 */
#define GRAM_SLOTS 2048			/* power of two, > 2 * NROWS */

static uint32_t
gram_hash(const char *s)
{
	return dx_fnv1a(s, strlen(s));
}

static const uint16_t *
gram_slots(void)
{
	static uint16_t slots[GRAM_SLOTS];
	static int	built = 0;
	int			i;

	if (!built)
	{
		for (i = 0; i < NROWS; i++)
		{
			uint32_t	j = gram_hash(GRAMMAR[i].form) & (GRAM_SLOTS - 1);

			while (slots[j])
				j = (j + 1) & (GRAM_SLOTS - 1);
			slots[j] = (uint16_t) (i + 1);
		}
		built = 1;
	}
	return slots;
}

static uint64_t
flags_of(const char *key)
{
	const uint16_t *slots = gram_slots();
	uint32_t	j;

	for (j = gram_hash(key) & (GRAM_SLOTS - 1); slots[j]; j = (j + 1) & (GRAM_SLOTS - 1))
		if (strcmp(GRAMMAR[slots[j] - 1].form, key) == 0)
			return GRAMMAR[slots[j] - 1].flags;
	return 0;
}

uint64_t
dx_gram_form(const char *low, size_t len)
{
	return len <= WHOLE_MAX_BYTES ? flags_of(low) : 0;
}

/*
 * Whether a word may start a prefix row: its first character is the first
 * character of one (worked out from the table once; most words are not, and
 * are spared the look-ups below).
 */
static int
may_start_prefix_row(const char *low)
{
	static char firsts[16][5];
	static int	nfirsts = -1;
	int			i,
				n;

	if (nfirsts < 0)
	{
		int			k = 0;

		for (i = 0; i < NROWS && k < 16; i++)
		{
			const char *f = GRAMMAR[i].form;
			size_t		fl = strlen(f);
			int			cl = ((unsigned char) f[0] & 0x80) ? 2 : 1,
						j;

			if (fl < 2 || f[fl - 1] != '*')
				continue;
			for (j = 0; j < k; j++)
				if (strncmp(firsts[j], f, (size_t) cl) == 0 && firsts[j][cl] == '\0')
					break;
			if (j == k)
			{
				memcpy(firsts[k], f, (size_t) cl);
				firsts[k][cl] = '\0';
				k++;
			}
		}
		nfirsts = k;
	}
	n = ((unsigned char) low[0] & 0x80) ? 2 : 1;
	for (i = 0; i < nfirsts; i++)
		if (strncmp(firsts[i], low, (size_t) n) == 0 && firsts[i][n] == '\0')
			return 1;
	return 0;
}

uint64_t
dx_gram_word(const char *low)
{
	size_t		len = strlen(low);
	uint64_t	flags = dx_gram_form(low, len);
	char		key[32];
	int			i;

	if (len == 0 || !may_start_prefix_row(low))
		return flags;
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
dx_gram_row(int i, uint64_t *flags)
{
	if (i < 0 || i >= NROWS)
		return NULL;
	*flags = GRAMMAR[i].flags;
	return GRAMMAR[i].form;
}
