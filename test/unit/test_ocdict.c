/*
 * test_ocdict.c - the OpenCorpora dictionary (ocdict.c): analyses and normal
 * forms, names, inflection to the nominative keeping the gender, the forms
 * of a lexeme, prediction for unknown words, and damaged files.
 *
 * The dictionary is installed by scripts/install-deps.sh, not shipped; when
 * it is absent every test here is skipped, saying so.
 */
#include "unit.h"
#include "morph.h"
#include "ocdict.h"
#include "lexicon.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static dx_ocdict *oc = NULL;
static int	oc_tried = 0;

static dx_ocdict *
dict(void)
{
	char		err[512];

	if (!oc_tried)
	{
		oc_tried = 1;
		oc = dx_ocdict_open(NULL, err, sizeof(err));
		if (!oc)
			printf("SKIP ocdict tests: OpenCorpora dictionary not loaded from %s (%s); "
				   "scripts/install-deps.sh installs it\n",
				   dx_ocdict_default_dir(), err);
	}
	return oc;
}

/* the analyses of a word */
typedef struct parses
{
	dx_ocparse	p[32];
	int			n;
} parses;

static parses
analyse(const char *w)
{
	parses		r;

	r.n = dx_ocdict_analyse(oc, w, strlen(w), r.p, 32);
	return r;
}

/* index of the first analysis having all grammemes of g, or -1 */
static int
find(const parses *r, uint64_t g)
{
	int			i;

	for (i = 0; i < r->n; i++)
		if ((r->p[i].gram & g) == g)
			return i;
	return -1;
}

/* normal form of the first analysis with grammemes g ("" if none) */
static const char *
lemma_with(const parses *r, uint64_t g)
{
	static char buf[128];
	int			i = find(r, g);

	buf[0] = '\0';
	if (i >= 0 && dx_ocdict_lemma(oc, &r->p[i], buf, sizeof(buf)) < 0)
		strcpy(buf, "(error)");
	return buf;
}

#define KEEP_LEXEME (DX_G_POS | DX_G_GENDERS | DX_G_NUMBERS | DX_G_NAMES)

/* nominative of the first analysis with grammemes g, keeping the lexeme's gender */
static const char *
nominative_with(const parses *r, uint64_t g)
{
	static char buf[128];
	int			i = find(r, g);

	buf[0] = '\0';
	if (i >= 0 && dx_ocdict_inflect(oc, &r->p[i], DX_G(nomn), KEEP_LEXEME,
									buf, sizeof(buf)) < 0)
		strcpy(buf, "(none)");
	return buf;
}

TEST(ocdict_common_words)
{
	parses		r;

	if (!dict())
		return;
	r = analyse("телефонами");
	CHECK_INT_EQ(r.n, 1);
	CHECK_INT_EQ(r.p[0].predicted, 0);
	CHECK_STR_EQ(dx_ocdict_tag(oc, r.p[0].tag), "NOUN,inan,masc plur,ablt");
	CHECK_STR_EQ(lemma_with(&r, DX_G(NOUN)), "телефон");

	r = analyse("Настоящее");	/* capitalised at a sentence start */
	CHECK(find(&r, DX_G(ADJF) | DX_G(neut) | DX_G(nomn)) >= 0);
	CHECK(find(&r, DX_G_NAMES & ~DX_G(Orgn)) < 0);
	CHECK_STR_EQ(lemma_with(&r, DX_G(ADJF)), "настоящий");

	r = analyse("встретится");
	CHECK(find(&r, DX_G(VERB) | DX_G(perf) | DX_G(futr) | DX_G(per3)) >= 0);
	CHECK_STR_EQ(lemma_with(&r, DX_G(VERB)), "встретиться");

	r = analyse("подписали");
	CHECK(find(&r, DX_G(VERB) | DX_G(past) | DX_G(plur)) >= 0);
	CHECK_STR_EQ(lemma_with(&r, DX_G(VERB)), "подписать");

	r = analyse("подписать");
	CHECK(find(&r, DX_G(INFN) | DX_G(perf)) >= 0);

	/* ё is found when written е, and the normal form keeps ё */
	r = analyse("елки");
	CHECK_STR_EQ(lemma_with(&r, DX_G(NOUN) | DX_G(sing) | DX_G(gent)), "ёлка");
	/* no duplicate analyses when the word is written with ё */
	CHECK_INT_EQ(analyse("ёлки").n, r.n);
}

/* analyses counted in the corpus come most probable first */
TEST(ocdict_ranking)
{
	parses		r;

	if (!dict())
		return;
	r = analyse("стали");		/* стать, far more often than сталь */
	CHECK_INT_EQ(r.n, 6);
	CHECK(r.p[0].gram & DX_G(VERB));
	CHECK(r.p[0].prob > 900000);
	CHECK(r.p[1].prob <= r.p[0].prob && r.p[r.n - 1].prob <= r.p[1].prob);

	r = analyse("Алиевым");
	CHECK_INT_EQ(r.n, 2);
	CHECK_INT_EQ(r.p[0].prob, 666666);
	CHECK((r.p[0].gram & (DX_G(Surn) | DX_G(sing) | DX_G(ablt))) ==
		  (DX_G(Surn) | DX_G(sing) | DX_G(ablt)));
	CHECK_INT_EQ(r.p[1].prob, 333333);

	r = analyse("При");
	CHECK(r.p[0].gram & DX_G(PREP));
}

TEST(ocdict_given_names_and_patronymics)
{
	parses		r;

	if (!dict())
		return;
	r = analyse("Алексеем");
	CHECK(find(&r, DX_G(Name) | DX_G(masc) | DX_G(ablt)) >= 0);
	CHECK_STR_EQ(lemma_with(&r, DX_G(Name)), "алексей");

	r = analyse("Юлии");
	CHECK(find(&r, DX_G(Name) | DX_G(femn) | DX_G(gent)) >= 0);
	CHECK_STR_EQ(lemma_with(&r, DX_G(Name) | DX_G(femn)), "юлия");
	CHECK_STR_EQ(lemma_with(&r, DX_G(Name) | DX_G(masc)), "юлий");

	/* pymorphy2's normal form of a patronymic is the given name ... */
	r = analyse("Сергеевичем");
	CHECK(find(&r, DX_G(Patr) | DX_G(masc) | DX_G(ablt)) >= 0);
	CHECK_STR_EQ(lemma_with(&r, DX_G(Patr)), "сергей");
	/* ... the nominative keeping the patronymic is what a name needs */
	CHECK_STR_EQ(nominative_with(&r, DX_G(Patr)), "сергеевич");

	r = analyse("Петровны");
	CHECK_STR_EQ(nominative_with(&r, DX_G(Patr) | DX_G(femn)), "петровна");
}

TEST(ocdict_surnames)
{
	parses		r;

	if (!dict())
		return;
	r = analyse("Смирновым");
	CHECK(find(&r, DX_G(Surn) | DX_G(masc) | DX_G(sing) | DX_G(ablt)) >= 0);
	CHECK_STR_EQ(lemma_with(&r, DX_G(Surn)), "смирнов");

	/* a feminine surname: the normal form is masculine, its nominative feminine */
	r = analyse("Пановой");
	CHECK(find(&r, DX_G(Surn) | DX_G(femn) | DX_G(gent)) >= 0);
	CHECK_STR_EQ(lemma_with(&r, DX_G(Surn) | DX_G(femn)), "панов");
	CHECK_STR_EQ(nominative_with(&r, DX_G(Surn) | DX_G(femn)), "панова");

	r = analyse("Лаврову");
	CHECK_STR_EQ(nominative_with(&r, DX_G(Surn) | DX_G(femn) | DX_G(accs)), "лаврова");
	CHECK_STR_EQ(nominative_with(&r, DX_G(Surn) | DX_G(masc) | DX_G(datv)), "лавров");

	/* places */
	r = analyse("Казахстана");
	CHECK(find(&r, DX_G(Geox) | DX_G(gent)) >= 0);
	CHECK_STR_EQ(lemma_with(&r, DX_G(Geox)), "казахстан");
}

TEST(ocdict_forms_of_a_lexeme)
{
	parses		r;
	char		buf[128];
	uint64_t	g = 0;
	int			i,
				n,
				seen = 0;

	if (!dict())
		return;
	r = analyse("телефоном");
	CHECK_INT_EQ(r.n, 1);
	n = dx_ocdict_nforms(oc, &r.p[0]);
	/* 12 forms, and 12 of the abbreviation "тел" OpenCorpora puts in the lexeme */
	CHECK_INT_EQ(n, 24);
	for (i = 0; i < n; i++)
	{
		CHECK(dx_ocdict_form(oc, &r.p[0], i, buf, sizeof(buf), &g) > 0);
		if (strcmp(buf, "телефонах") == 0)
			seen += (g & (DX_G(plur) | DX_G(loct))) == (DX_G(plur) | DX_G(loct));
		if (strcmp(buf, "тел") == 0)
			seen += (g & DX_G(Abbr)) != 0;
	}
	CHECK_INT_EQ(seen, 13);
	CHECK_INT_EQ(dx_ocdict_form(oc, &r.p[0], n, buf, sizeof(buf), NULL), -1);
	CHECK_INT_EQ(dx_ocdict_form(oc, &r.p[0], -1, buf, sizeof(buf), NULL), -1);
	/* a buffer too small is refused, not overrun */
	CHECK_INT_EQ(dx_ocdict_form(oc, &r.p[0], 0, buf, 8, NULL), -1);
	/* inflection into a case the lexeme has */
	CHECK(dx_ocdict_inflect(oc, &r.p[0], DX_G(plur) | DX_G(datv), 0, buf, sizeof(buf)) > 0);
	CHECK_STR_EQ(buf, "телефонам");
}

TEST(ocdict_prediction)
{
	parses		r;

	if (!dict())
		return;
	/* not in the 2016 dictionary: guessed from the ending -каева */
	CHECK_INT_EQ(dx_ocdict_lookup(oc, "Токаева", strlen("Токаева"), r.p, 32), 0);
	r = analyse("Токаева");
	CHECK(r.n > 0);
	CHECK(find(&r, DX_G(Surn) | DX_G(masc) | DX_G(gent)) >= 0);
	CHECK(find(&r, DX_G(Surn) | DX_G(femn) | DX_G(nomn)) >= 0);
	CHECK_INT_EQ(r.p[0].predicted, 1);
	CHECK_INT_EQ(r.p[0].ending, 5);
	CHECK(r.p[0].count > 0);
	CHECK_STR_EQ(lemma_with(&r, DX_G(Surn) | DX_G(masc)), "токаев");
	CHECK_STR_EQ(nominative_with(&r, DX_G(Surn) | DX_G(femn)), "токаева");

	r = analyse("Мердока");
	CHECK(find(&r, DX_G(NOUN) | DX_G(anim) | DX_G(masc) | DX_G(gent)) >= 0);
	CHECK_STR_EQ(lemma_with(&r, DX_G(NOUN)), "мердок");

	/* a made-up verb takes the analyses of its ending */
	r = analyse("вымурлыкали");
	CHECK(r.n > 0 && r.p[0].predicted);
	CHECK_STR_EQ(lemma_with(&r, DX_G(VERB) | DX_G(past)), "вымурлыкать");

	/* prediction never gives closed classes (prepositions, pronouns ...) */
	r = analyse("шмыгалю");
	CHECK(r.n > 0);
	CHECK(find(&r, DX_G(PREP)) < 0 && find(&r, DX_G(NPRO)) < 0);
}

TEST(ocdict_odd_input)
{
	dx_ocparse	p[4];
	char		longw[300];
	size_t		i;

	if (!dict())
		return;
	CHECK_INT_EQ(dx_ocdict_analyse(oc, "", 0, p, 4), 0);
	CHECK_INT_EQ(dx_ocdict_analyse(oc, "日本", strlen("日本"), p, 4), 0);
	CHECK_INT_EQ(dx_ocdict_analyse(oc, "\xd0", 1, p, 4), 0);	/* cut UTF-8 */
	CHECK_INT_EQ(dx_ocdict_analyse(oc, "телефон", strlen("телефон"), p, 0), 0);
	CHECK_INT_EQ(dx_ocdict_analyse(NULL, "телефон", strlen("телефон"), p, 4), 0);
	/* at most max analyses */
	CHECK_INT_EQ(dx_ocdict_analyse(oc, "Лавровой", strlen("Лавровой"), p, 2), 2);
	for (i = 0; i + 2 <= sizeof(longw) - 1; i += 2)
		memcpy(longw + i, "а", 2);
	longw[i] = '\0';
	CHECK_INT_EQ(dx_ocdict_analyse(oc, longw, strlen(longw), p, 4), 0);
	CHECK_STR_EQ(dx_ocdict_tag(oc, -1), "");
	CHECK_STR_EQ(dx_ocdict_tag(oc, 1 << 20), "");
}

/* ------------------------------------------------ damaged files */

/*
 * Copy from to to: the first keep bytes (all when keep < 0), changing about
 * one byte in flip_every after the first 8 (none when flip_every is 0).
 */
static int
copy_file(const char *from, const char *to, long keep, long flip_every)
{
	FILE	   *f = fopen(from, "rb");
	unsigned char *buf;
	long		size,
				pos;
	unsigned	seed = 12345;
	int			ok;

	if (!f || fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 ||
		fseek(f, 0, SEEK_SET) != 0)
	{
		if (f)
			fclose(f);
		return -1;
	}
	buf = malloc((size_t) size + 1);
	ok = buf && fread(buf, 1, (size_t) size, f) == (size_t) size;
	fclose(f);
	if (!ok)
	{
		free(buf);
		return -1;
	}
	if (keep >= 0 && keep < size)
		size = keep;
	for (pos = 8; flip_every > 0 && pos < size; pos++)
	{
		seed = seed * 1103515245u + 12345u;
		if ((seed >> 16) % (unsigned) flip_every == 0)
			buf[pos] ^= (unsigned char) (1 + (seed >> 8) % 255);
	}
	f = fopen(to, "wb");
	ok = f && fwrite(buf, 1, (size_t) size, f) == (size_t) size;
	if (f && fclose(f) != 0)
		ok = 0;
	free(buf);
	return ok ? 0 : -1;
}

/* a copy of the dictionary in dir with one file damaged */
static int
damaged_dir(const char *dir, const char *file, long keep, long flip_every)
{
	static const char *const files[] = {
		"words.dawg", "prediction-suffixes-0.dawg", "prediction-suffixes-1.dawg",
		"prediction-suffixes-2.dawg", "paradigms.array", "suffixes.json",
		"gramtab-opencorpora-int.json", "p_t_given_w.intdawg", NULL
	};
	char		from[1024],
				to[1024];
	int			i;

	for (i = 0; files[i]; i++)
	{
		snprintf(from, sizeof(from), "%s/%s", dx_ocdict_default_dir(), files[i]);
		snprintf(to, sizeof(to), "%s/%s", dir, files[i]);
		unlink(to);
		if (strcmp(files[i], file) == 0)
		{
			if (copy_file(from, to, keep, flip_every) != 0)
				return -1;
		}
		else if (symlink(from, to) != 0)
			return -1;
	}
	return 0;
}

static void
remove_dir(const char *dir)
{
	static const char *const files[] = {
		"words.dawg", "prediction-suffixes-0.dawg", "prediction-suffixes-1.dawg",
		"prediction-suffixes-2.dawg", "paradigms.array", "suffixes.json",
		"gramtab-opencorpora-int.json", "p_t_given_w.intdawg", NULL
	};
	char		path[1024];
	int			i;

	for (i = 0; files[i]; i++)
	{
		snprintf(path, sizeof(path), "%s/%s", dir, files[i]);
		unlink(path);
	}
	rmdir(dir);
}

/* every call on a damaged dictionary returns; the forms fit their buffers */
static void
exercise(dx_ocdict *d)
{
	static const char *const words[] = {
		"телефонами", "Лавровой", "Токаева", "встретится", "елки", "Сергеевичем",
		"вымурлыкали", "а", "по", "наибольший", "Бербок", NULL
	};
	dx_ocparse	p[16];
	char		buf[256];
	int			i,
				k,
				f,
				n;

	for (i = 0; words[i]; i++)
	{
		n = dx_ocdict_analyse(d, words[i], strlen(words[i]), p, 16);
		for (k = 0; k < n; k++)
		{
			int			nf = dx_ocdict_nforms(d, &p[k]);

			for (f = 0; f < nf; f++)
				if (dx_ocdict_form(d, &p[k], f, buf, sizeof(buf), NULL) >= 0)
					CHECK(strlen(buf) < sizeof(buf));
			(void) dx_ocdict_tag(d, p[k].tag);
			(void) dx_ocdict_inflect(d, &p[k], DX_G(nomn), KEEP_LEXEME, buf, sizeof(buf));
		}
	}
}

TEST(ocdict_damaged_files)
{
	char		dir[] = "/tmp/dx_ocdict_XXXXXX";
	char		err[512];
	dx_ocdict  *d;
	static const long cuts[] = {0, 3, 7, 8, 1000, 1000000, 2466823};
	static const char *const dawgs[] = {"words.dawg", "prediction-suffixes-0.dawg",
	"p_t_given_w.intdawg"};
	size_t		i,
				k;

	if (!dict())
		return;
	if (!mkdtemp(dir))
	{
		unit_fail(__FILE__, __LINE__, "mkdtemp", "a directory", "failed");
		return;
	}
	/* truncated DAWGs are refused at open, with a message */
	for (k = 0; k < 2; k++)
		for (i = 0; i < sizeof(cuts) / sizeof(cuts[0]); i++)
		{
			CHECK(damaged_dir(dir, dawgs[k], cuts[i], 0) == 0);
			err[0] = '\0';
			d = dx_ocdict_open(dir, err, sizeof(err));
			CHECK(d == NULL);
			CHECK(err[0] != '\0');
			dx_ocdict_close(d);
		}
	/* truncated tables are refused */
	CHECK(damaged_dir(dir, "paradigms.array", 400000, 0) == 0);
	CHECK(dx_ocdict_open(dir, err, sizeof(err)) == NULL);
	CHECK(damaged_dir(dir, "suffixes.json", 1000, 0) == 0);
	CHECK(dx_ocdict_open(dir, err, sizeof(err)) == NULL);
	CHECK(damaged_dir(dir, "gramtab-opencorpora-int.json", 1000, 0) == 0);
	CHECK(dx_ocdict_open(dir, err, sizeof(err)) == NULL);
	/* a paradigm table with bytes changed: refused (an id out of range) */
	CHECK(damaged_dir(dir, "paradigms.array", -1, 5000) == 0);
	CHECK(dx_ocdict_open(dir, err, sizeof(err)) == NULL);

	/* without P(t|w), or with it cut short, the dictionary works unranked */
	CHECK(damaged_dir(dir, "p_t_given_w.intdawg", 1000, 0) == 0);
	d = dx_ocdict_open(dir, err, sizeof(err));
	CHECK(d != NULL);
	if (d)
	{
		dx_ocparse	p[8];

		CHECK(dx_ocdict_lookup(d, "стали", strlen("стали"), p, 8) == 6);
		CHECK_INT_EQ(p[0].prob, 0);
		CHECK(p[0].gram & DX_G(NOUN));	/* the dictionary's order: сталь first */
	}
	dx_ocdict_close(d);

	/* DAWGs with random bytes changed open, and every walk stays inside */
	for (k = 0; k < 3; k++)
	{
		static const long every[] = {50, 1000, 100000};

		for (i = 0; i < 3; i++)
		{
			CHECK(damaged_dir(dir, dawgs[k], -1, every[i]) == 0);
			d = dx_ocdict_open(dir, err, sizeof(err));
			if (d)
				exercise(d);
			dx_ocdict_close(d);
		}
	}
	/* no dictionary at all */
	CHECK(dx_ocdict_open("/nonexistent/opencorpora", err, sizeof(err)) == NULL);
	CHECK(strstr(err, "words.dawg") != NULL);
	remove_dir(dir);
}

/* the lexicon opens the dictionary once, also when loaded from an image */
TEST(ocdict_through_lexicon)
{
	char		buf[128];
	char		err[256];
	void	   *image = NULL;
	size_t		len = 0;
	dx_lexicon *lex;
	dx_ocparse	p[8];

	if (!dict())
		return;
	CHECK(dx_morph_has_dict(unit_lex));
	CHECK(dx_morph_analyse(unit_lex, "Пановой", strlen("Пановой"), p, 8) > 0);
	CHECK(dx_morph_nominative(unit_lex, "Пановой", strlen("Пановой"),
							  DX_G(Surn) | DX_G(femn), buf, sizeof(buf)) > 0);
	CHECK_STR_EQ(buf, "Панова");
	CHECK(dx_morph_nominative(unit_lex, "Сергеевичем", strlen("Сергеевичем"),
							  DX_G(Patr), buf, sizeof(buf)) > 0);
	CHECK_STR_EQ(buf, "Сергеевич");
	CHECK(dx_morph_nominative(unit_lex, "Юлии", strlen("Юлии"),
							  DX_G(Name) | DX_G(femn), buf, sizeof(buf)) > 0);
	CHECK_STR_EQ(buf, "Юлия");
	CHECK(dx_morph_nominative(unit_lex, "Ёлками", strlen("Ёлками"),
							  DX_G(NOUN), buf, sizeof(buf)) > 0);
	CHECK_STR_EQ(buf, "Ёлки");	/* the number is kept */
	CHECK(dx_morph_nominative(unit_lex, "встретится", strlen("встретится"),
							  DX_G(VERB), buf, sizeof(buf)) < 0);
	CHECK(dx_morph_nominative(unit_lex, "Смирновым", strlen("Смирновым"),
							  DX_G(Patr), buf, sizeof(buf)) < 0);

	CHECK_INT_EQ(dx_lexicon_image(unit_lex, 42, &image, &len), 0);
	lex = dx_lexicon_from_image(image, len, 42, NULL, err, sizeof(err));
	CHECK(lex != NULL);
	CHECK(dx_morph_has_dict(lex));
	CHECK(dx_morph_nominative(lex, "Лавровой", strlen("Лавровой"),
							  DX_G(Surn), buf, sizeof(buf)) > 0);
	CHECK_STR_EQ(buf, "Лаврова");
	dx_lexicon_free(lex);
	free(image);

	/* no lexicon, no dictionary: nothing, no crash */
	CHECK(!dx_morph_has_dict(NULL));
	CHECK_INT_EQ(dx_morph_analyse(NULL, "Пановой", strlen("Пановой"), p, 8), 0);
}

/* last: the dictionary is closed (leak checkers) */
TEST(ocdict_close)
{
	dx_ocdict_close(oc);
	oc = NULL;
	CHECK_INT_EQ(dx_ocdict_memory(NULL), 0);
}

/* n analyses of the lexicon equal the dictionary's own */
static int
same_analyses(const dx_lexicon *lex, const char *word, int max)
{
	dx_ocparse	a[32],
				b[32];
	int			n = dx_morph_analyse(lex, word, strlen(word), a, max),
				m = dx_ocdict_analyse(dict(), word, strlen(word), b, max);

	return n == m && (n <= 0 || memcmp(a, b, sizeof(dx_ocparse) * (size_t) n) == 0);
}

/*
 * The lexicon keeps the analyses of the words it was asked about: asked
 * again, for fewer or more of them, and after far more words than it keeps,
 * they are the dictionary's.
 */
TEST(ocdict_analyses_kept_by_lexicon)
{
	static const char *const words[] = {"Пановой", "стали", "переговоры", "Ёлками",
	"лавров", "Лавров", "абырвалгом", "и", "Токаевым"};
	static const int maxes[] = {32, 4, 1, 8, 16};
	char		buf[64];
	int			i,
				k,
				round,
				bad = 0;

	if (!dict())
		return;
	for (round = 0; round < 3; round++)
	{
		for (i = 0; i < (int) (sizeof(words) / sizeof(words[0])); i++)
			for (k = 0; k < (int) (sizeof(maxes) / sizeof(maxes[0])); k++)
				if (!same_analyses(unit_lex, words[i], maxes[k]))
				{
					CHECK_STR_EQ(words[i], "");
					bad++;
				}
		/* more words than are kept */
		for (i = 0; round == 1 && i < 30000 && !bad; i++)
		{
			snprintf(buf, sizeof(buf), "слово%dого", i);
			bad += !same_analyses(unit_lex, buf, 8);
		}
		CHECK_INT_EQ(bad, 0);
	}
}

/* n look-ups through the lexicon's cache equal the dictionary's own */
static int
same_lookup(const dx_lexicon *lex, const char *word, int max)
{
	dx_ocparse	a[32],
				b[32];
	int			n = dx_morph_lookup(lex, word, strlen(word), a, max),
				m = dx_ocdict_lookup(dict(), word, strlen(word), b, max);

	return n == m && (n <= 0 || memcmp(a, b, sizeof(dx_ocparse) * (size_t) n) == 0);
}

/*
 * A look-up through the lexicon gives the dictionary's analyses of a word it
 * knows and none of a word it would only guess at, whether the word's
 * analyses were kept before (by dx_morph_analyse, guesses included) or not.
 */
TEST(ocdict_lookup_through_lexicon)
{
	static const char *const words[] = {"Пановой", "стали", "Дагестана", "Баренцева",
	"абырвалгом", "Кронштадтская", "и", "Лавров"};
	static const int maxes[] = {16, 4, 32};
	dx_ocparse	p[16];
	int			i,
				k,
				round;

	if (!dict())
		return;
	for (round = 0; round < 2; round++)
		for (i = 0; i < (int) (sizeof(words) / sizeof(words[0])); i++)
			for (k = 0; k < (int) (sizeof(maxes) / sizeof(maxes[0])); k++)
			{
				if (round == 1)
					(void) dx_morph_analyse(unit_lex, words[i], strlen(words[i]), p, maxes[k] > 16 ? 16 : maxes[k]);
				if (!same_lookup(unit_lex, words[i], maxes[k]))
					CHECK_STR_EQ(words[i], "");
			}
	/* guessed, not known */
	CHECK(dx_morph_analyse(unit_lex, "абырвалгом", strlen("абырвалгом"), p, 16) > 0);
	CHECK_INT_EQ(dx_morph_lookup(unit_lex, "абырвалгом", strlen("абырвалгом"), p, 16), 0);
	CHECK(dx_morph_lookup(unit_lex, "стали", strlen("стали"), p, 16) > 1);
	CHECK_INT_EQ(dx_morph_lookup(NULL, "стали", strlen("стали"), p, 16), 0);
}

SUITE(ocdict_tests) = {
	REG(ocdict_analyses_kept_by_lexicon),
	REG(ocdict_lookup_through_lexicon),
	REG(ocdict_common_words),
	REG(ocdict_ranking),
	REG(ocdict_given_names_and_patronymics),
	REG(ocdict_surnames),
	REG(ocdict_forms_of_a_lexeme),
	REG(ocdict_prediction),
	REG(ocdict_odd_input),
	REG(ocdict_damaged_files),
	REG(ocdict_through_lexicon),
	REG(ocdict_close),
	SUITE_END
};
