/* test_image.c - the compiled lexicon saved as an image and loaded back. */
#include "unit.h"
#include "lexicon.h"
#include "internal.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* stories of several kinds, so that most of the lexicon's paths are used */
static const char *const stories[] = {
	"Астана, 12 марта. Президент Казахстана Касым-Жомарт Токаев провёл "
	"переговоры с Президентом Азербайджана Ильхамом Алиевым в Баку. "
	"Стороны подписали Договор о стратегическом партнёрстве и Программу "
	"экономического сотрудничества на 2024–2026 годы. «Мы довольны итогами "
	"визита», – заявил Токаев. Товарооборот планируется довести до 1 млрд долларов.",
	"Министр иностранных дел России Сергей Лавров провёл телефонный разговор "
	"с государственным секретарём США. Обсуждались вопросы ОБСЕ и ООН.",
	"В Ташкенте состоялся саммит Шанхайской организации сотрудничества. "
	"Председатель КНР Си Цзиньпин прибыл в Узбекистан с государственным визитом.",
	"The Foreign Minister of Japan met the Prime Minister of India in Tokyo.",
	"",
};

static char *
result_json(const dx_lexicon *lex, const char *text)
{
	dx_options	opts;
	dx_status	st = DX_OK;
	dx_result  *r;
	char	   *json;
	size_t		len = 0;

	memset(&opts, 0, sizeof(opts));
	opts.published = 20240312;
	r = dx_extract(lex, text, strlen(text), &opts, &st);

	if (r == NULL)
		return NULL;
	json = dx_result_json(r, &len);
	dx_result_free(r);
	return json;
}

static void *
image_of(const dx_lexicon *lex, uint64_t key, size_t *len)
{
	void	   *img = NULL;

	if (dx_lexicon_image(lex, key, &img, len) != 0)
		return NULL;
	return img;
}

static void
release_image(const void *img, size_t len)
{
	(void) len;
	free((void *) img);
}

static void *
copy_of(const void *img, size_t len)
{
	void	   *c = malloc(len ? len : 1);

	if (c != NULL)
		memcpy(c, img, len);
	return c;
}

TEST(image_roundtrip_same_results)
{
	size_t		len = 0;
	void	   *img = image_of(unit_lex, 42, &len);
	dx_lexicon *loaded;
	char		err[128];
	size_t		i;

	CHECK(img != NULL);
	if (img == NULL)
		return;
	CHECK(len > 1000000);
	loaded = dx_lexicon_from_image(img, len, 42, release_image, err, sizeof(err));
	CHECK_STR_EQ(loaded ? "" : err, "");
	if (loaded == NULL)
	{
		free(img);
		return;
	}
	CHECK_INT_EQ(dx_lexicon_size(loaded), dx_lexicon_size(unit_lex));
	for (i = 0; i < sizeof(stories) / sizeof(stories[0]); i++)
	{
		char	   *a = result_json(unit_lex, stories[i]);
		char	   *b = result_json(loaded, stories[i]);

		CHECK(a != NULL && strlen(a) > 20);
		CHECK_STR_EQ(b, a);
		free(a);
		free(b);
	}
	dx_lexicon_free(loaded);
}

/* the image of a loaded lexicon is the image it was loaded from */
TEST(image_of_loaded_lexicon_is_identical)
{
	size_t		len = 0,
				len2 = 0;
	void	   *img = image_of(unit_lex, 7, &len);
	void	   *copy;
	void	   *img2;
	dx_lexicon *loaded;

	CHECK(img != NULL);
	if (img == NULL)
		return;
	copy = copy_of(img, len);
	loaded = dx_lexicon_from_image(copy, len, 7, NULL, NULL, 0);
	CHECK(loaded != NULL);
	if (loaded != NULL)
	{
		img2 = image_of(loaded, 7, &len2);
		CHECK_INT_EQ(len2, len);
		CHECK(img2 != NULL && len2 == len && memcmp(img, img2, len) == 0);
		free(img2);
		dx_lexicon_free(loaded);
	}
	/* the loaded lexicon read the image without writing it */
	CHECK(memcmp(img, copy, len) == 0);
	free(copy);
	free(img);
}

TEST(image_refused_when_not_intact)
{
	size_t		len = 0,
				pos;
	unsigned char *img = image_of(unit_lex, 99, &len);
	char		err[128];
	int			refused = 0,
				tried = 0;

	CHECK(img != NULL);
	if (img == NULL)
		return;

	/* other rows, a short buffer, nothing at all */
	CHECK(dx_lexicon_from_image(img, len, 98, NULL, err, sizeof(err)) == NULL);
	CHECK_STR_EQ(err, "lexicon image of other rows");
	CHECK(dx_lexicon_from_image(img, len - 1, 99, NULL, err, sizeof(err)) == NULL);
	CHECK_STR_EQ(err, "lexicon image truncated");
	CHECK(dx_lexicon_from_image(img, 16, 99, NULL, err, sizeof(err)) == NULL);
	CHECK_STR_EQ(err, "image too short");
	CHECK(dx_lexicon_from_image(NULL, 0, 99, NULL, err, sizeof(err)) == NULL);

	/* one flipped byte anywhere: header, arrays or strings */
	for (pos = 0; pos < len; pos += len / 397 + 1)
	{
		dx_lexicon *l;

		img[pos] ^= 0x41;
		l = dx_lexicon_from_image(img, len, 99, NULL, err, sizeof(err));
		img[pos] ^= 0x41;
		tried++;
		if (l == NULL)
			refused++;
		dx_lexicon_free(l);
	}
	/* and the intact image still loads */
	{
		dx_lexicon *l = dx_lexicon_from_image(img, len, 99, NULL, err, sizeof(err));

		CHECK(l != NULL);
		dx_lexicon_free(l);
	}
	CHECK(tried > 300);
	CHECK_INT_EQ(refused, tried);
	free(img);
}

/*
 * An image stores cue classes by number: one written by a build whose class
 * list differs (a class added or moved) is of another build, refused before
 * any entry is read.  The header holds the digest of the class names; the
 * same image with that digest changed is refused for that reason.
 */
TEST(image_of_other_cue_classes_refused)
{
	size_t		len = 0,
				pos,
				at = 0;
	unsigned char *img = image_of(unit_lex, 99, &len);
	uint64_t	digest = dx_cue_names_digest(),
				v;
	char		err[128];
	int			found = 0;

	CHECK(img != NULL);
	if (img == NULL)
		return;
	for (pos = 8; pos + 8 <= 128 && pos + 8 <= len; pos += 8)
	{
		memcpy(&v, img + pos, 8);
		if (v == digest)
		{
			found++;
			at = pos;
		}
	}
	CHECK_INT_EQ(found, 1);
	if (found == 1)
	{
		v = digest ^ 1;
		memcpy(img + at, &v, 8);
		CHECK(dx_lexicon_from_image(img, len, 99, NULL, err, sizeof(err)) == NULL);
		CHECK_STR_EQ(err, "lexicon image of another build");
	}
	free(img);
}

/* an unfinished lexicon has no image; a finished one keeps its refused rows */
TEST(image_needs_finished_lexicon)
{
	dx_lexicon *lex = dx_lexicon_create();
	dx_lexrow	a = {"city", "Баку", NULL, "Баку", "AZ", NULL, 0, 0};
	dx_lexrow	bad = {"country", "Лемурия", NULL, NULL, NULL, NULL, 0, 0};
	void	   *img = (void *) 1;
	size_t		len = 1;
	char		err[128];
	int			row = -1;

	CHECK(lex != NULL);
	if (lex == NULL)
		return;
	CHECK_INT_EQ(dx_lexicon_add(lex, &a, err, sizeof(err)), 0);
	CHECK_INT_EQ(dx_lexicon_add(lex, &bad, err, sizeof(err)), -1);
	CHECK_INT_EQ(dx_lexicon_add(lex, &a, err, sizeof(err)), 0);
	CHECK_INT_EQ(dx_lexicon_nrejected(lex), 1);
	CHECK_INT_EQ(dx_lexicon_image(lex, 1, &img, &len), -1);
	CHECK(img == NULL && len == 0);
	CHECK_INT_EQ(dx_lexicon_finish(lex), 0);
	CHECK_INT_EQ(dx_lexicon_image(lex, 1, &img, &len), 0);
	CHECK(img != NULL && len > 0);
	dx_lexicon_free(lex);
	lex = dx_lexicon_from_image(img, len, 1, release_image, err, sizeof(err));
	CHECK(lex != NULL);
	if (lex != NULL)
	{
		/* the refused row travels with the image, to be reported again */
		CHECK_INT_EQ(dx_lexicon_nrejected(lex), 1);
		CHECK_STR_EQ(dx_lexicon_rejected(lex, 0, &row),
					 "country row \"Лемурия\" needs a two-letter ISO code");
		CHECK_INT_EQ(row, 1);
		CHECK(dx_lexicon_rejected(lex, 1, &row) == NULL);
		char	   *json = result_json(lex, "Переговоры прошли в Баку.");

		CHECK(json != NULL && strstr(json, "\"AZ\"") != NULL);
		free(json);
	}
	else
		free(img);
	dx_lexicon_free(lex);
}

/*
 * The class of a cue row is worked out once, when the row is added, and an
 * image keeps it: every cue entry of the lexicon and of its image names the
 * class its code does, every other entry none.
 */
TEST(image_keeps_cue_classes)
{
	size_t		len = 0;
	void	   *img = image_of(unit_lex, 5, &len);
	dx_lexicon *loaded;
	int			i,
				cues = 0;

	CHECK(img != NULL);
	if (img == NULL)
		return;
	loaded = dx_lexicon_from_image(img, len, 5, release_image, NULL, 0);
	CHECK(loaded != NULL);
	if (loaded == NULL)
	{
		free(img);
		return;
	}
	CHECK_INT_EQ(loaded->nentries, unit_lex->nentries);
	for (i = 0; i < unit_lex->nentries && i < loaded->nentries; i++)
	{
		const lex_entry *e = &unit_lex->entries[i];
		int			want = e->kind == LK_CUE ? dx_cue_class(e->code) : -1;

		if (e->kind == LK_CUE && want >= 0)
			cues++;
		if (e->cue != want || loaded->entries[i].cue != want)
		{
			CHECK_INT_EQ(e->cue, want);
			CHECK_INT_EQ(loaded->entries[i].cue, want);
			break;
		}
	}
	CHECK(cues > 300);
	dx_lexicon_free(loaded);
}

/*
 * A lexicon keeps what it worked out for the forms of earlier documents: a
 * loaded lexicon has its own cache, and a story extracted with the forms
 * kept, after far more forms than are kept, or with no cache at all gives
 * the same facts; the cue classes of strings are the same asked again.
 */
TEST(form_cache_changes_no_result)
{
	size_t		len = 0,
				i;
	void	   *img = image_of(unit_lex, 11, &len);
	dx_lexicon *loaded;
	char	   *want[sizeof(stories) / sizeof(stories[0])];
	char	   *many;
	size_t		cap = 4 * 1024 * 1024,
				n = 0;
	int			k,
				round;
	static const char *const strs[] = {"никита", "заявление", "отменили", "отме", "мария", "деревня"};
	static const dx_cue cues[] = {CUE_MALE_NAME_IN_A, CUE_SAID_DOC, CUE_CANCEL, CUE_CANCEL,
	CUE_MALE_NAME_IN_A, CUE_GEO_NOUN};
	int			first[6];

	CHECK(img != NULL);
	if (img == NULL)
		return;
	loaded = dx_lexicon_from_image(img, len, 11, release_image, NULL, 0);
	CHECK(loaded != NULL && loaded->form_cache != NULL);
	if (loaded == NULL)
	{
		free(img);
		return;
	}
	for (k = 0; k < 6; k++)
		first[k] = dx_str_has_cue(loaded, strs[k], cues[k]);
	CHECK_INT_EQ(first[0] + first[1] + first[2] + first[5], 4);
	CHECK_INT_EQ(first[3] + first[4], 0);
	for (i = 0; i < sizeof(stories) / sizeof(stories[0]); i++)
		want[i] = result_json(unit_lex, stories[i]);
	/* far more forms than are kept: distinct words in one text */
	many = malloc(cap);
	CHECK(many != NULL);
	for (k = 0; many != NULL && k < 60000 && n + 64 < cap; k++)
	{
		static const char *const letters[] = {"а", "б", "в", "г", "д", "е", "ж", "з", "и", "к"};
		int			v = k,
					j;

		n += (size_t) snprintf(many + n, cap - n, "Слово");
		for (j = 0; j < 5; j++, v /= 10)
			n += (size_t) snprintf(many + n, cap - n, "%s", letters[v % 10]);
		n += (size_t) snprintf(many + n, cap - n, k % 20 == 19 ? ". " : " ");
	}
	for (round = 0; round < 4; round++)
	{
		if (round == 1 && many != NULL)
			free(result_json(loaded, many));
		if (round == 3)
		{
			free(loaded->form_cache);	/* no cache at all */
			loaded->form_cache = NULL;
		}
		for (i = 0; i < sizeof(stories) / sizeof(stories[0]); i++)
		{
			char	   *b = result_json(loaded, stories[i]);

			CHECK(want[i] != NULL && b != NULL);
			if (want[i] != NULL && b != NULL)
				CHECK_STR_EQ(b, want[i]);
			free(b);
		}
		for (k = 0; k < 6; k++)
			CHECK_INT_EQ(dx_str_has_cue(loaded, strs[k], cues[k]), first[k]);
	}
	for (i = 0; i < sizeof(stories) / sizeof(stories[0]); i++)
		free(want[i]);
	free(many);
	dx_lexicon_free(loaded);
}

SUITE(image_tests) = {
	REG(form_cache_changes_no_result),
	REG(image_keeps_cue_classes),
	REG(image_roundtrip_same_results),
	REG(image_of_loaded_lexicon_is_identical),
	REG(image_refused_when_not_intact),
	REG(image_of_other_cue_classes_refused),
	REG(image_needs_finished_lexicon),
	SUITE_END
};
