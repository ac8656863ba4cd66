/* test_text.c - UTF-8 decoding, matching normalisation, tokenizer and sentence splitter. */
#include "unit.h"
#include "text.h"
#include "grammar.h"
#include "morph.h"

#include <stdint.h>
#include <stdlib.h>

/* decode all of s[0..len) into out; returns the number of characters */
static int
decode_all(const char *s, size_t len, int32_t *out, int max)
{
	size_t		i = 0;
	int			n = 0;

	while (i < len)
	{
		int32_t		c = dx_utf8_next(s, len, &i);

		if (n < max)
			out[n] = c;
		n++;
	}
	return n;
}

TEST(utf8_valid_sequences)
{
	int32_t		c[8];
	/* "Aж€😀": 1, 2, 3 and 4 bytes */
	const char *s = "A\xd0\xb6\xe2\x82\xac\xf0\x9f\x98\x80";

	CHECK_INT_EQ(decode_all(s, strlen(s), c, 8), 4);
	CHECK_INT_EQ(c[0], 'A');
	CHECK_INT_EQ(c[1], 0x436);
	CHECK_INT_EQ(c[2], 0x20AC);
	CHECK_INT_EQ(c[3], 0x1F600);
}

TEST(utf8_invalid_bytes_one_char_each)
{
	int32_t		c[8];
	size_t		i = 0;

	/* a lone continuation byte and a byte that never starts a sequence */
	CHECK_INT_EQ(decode_all("\x80\xff", 2, c, 8), 2);
	CHECK_INT_EQ(c[0], 0xFFFD);
	CHECK_INT_EQ(c[1], 0xFFFD);

	/* a truncated 3-byte sequence before an ASCII letter: two U+FFFD, then the letter */
	CHECK_INT_EQ(decode_all("\xe2\x82" "z", 3, c, 8), 3);
	CHECK_INT_EQ(c[0], 0xFFFD);
	CHECK_INT_EQ(c[1], 0xFFFD);
	CHECK_INT_EQ(c[2], 'z');

	/* a lead byte at the very end does not read past the buffer */
	CHECK_INT_EQ(dx_utf8_next("\xd0", 1, &i), 0xFFFD);
	CHECK_INT_EQ(i, 1);
}

TEST(utf8_overlong_and_surrogates)
{
	int32_t		c[8];

	/* overlong '/' in two and three bytes */
	CHECK_INT_EQ(decode_all("\xc0\xaf", 2, c, 8), 2);
	CHECK_INT_EQ(c[0], 0xFFFD);
	CHECK_INT_EQ(decode_all("\xe0\x80\xaf", 3, c, 8), 3);
	CHECK_INT_EQ(c[0], 0xFFFD);
	/* overlong U+20AC in four bytes */
	CHECK_INT_EQ(decode_all("\xf0\x82\x82\xac", 4, c, 8), 4);
	/* a UTF-16 surrogate written as UTF-8 (CESU) */
	CHECK_INT_EQ(decode_all("\xed\xa0\x80", 3, c, 8), 3);
	CHECK_INT_EQ(c[0], 0xFFFD);
	CHECK_INT_EQ(c[2], 0xFFFD);
	/* above U+10FFFF */
	CHECK_INT_EQ(decode_all("\xf4\x90\x80\x80", 4, c, 8), 4);
	CHECK_INT_EQ(c[0], 0xFFFD);
	/* the largest valid code point */
	CHECK_INT_EQ(decode_all("\xf4\x8f\xbf\xbf", 4, c, 8), 1);
	CHECK_INT_EQ(c[0], 0x10FFFF);
}

TEST(utf8_put_round_trip)
{
	static const int32_t cps[] = {0x41, 0x7F, 0x80, 0x436, 0x7FF, 0x800, 0xFFFD, 0x10000, 0x1F1F7, 0x10FFFF};
	size_t		k;

	for (k = 0; k < sizeof(cps) / sizeof(cps[0]); k++)
	{
		char		buf[8];
		int			n = dx_utf8_put(buf, cps[k]);
		size_t		i = 0;

		CHECK_INT_EQ(dx_utf8_next(buf, n, &i), cps[k]);
		CHECK_INT_EQ(i, n);
	}
}

/* normalise a string with a throwaway arena and compare */
static void
check_norm(const char *in, const char *expected, const char *file, int line)
{
	dx_arena	a;
	int			len = -1;
	char	   *out;

	dx_arena_init(&a);
	out = dx_normalize(&a, in, strlen(in), &len);
	if (out && strcmp(out, expected) == 0 && len == (int) strlen(expected))
		unit_passed++;
	else
		unit_fail(file, line, in, expected, out);
	dx_arena_free(&a);
}

#define CHECK_NORM(in, expected) check_norm((in), (expected), __FILE__, __LINE__)

TEST(normalize_case_and_yo)
{
	CHECK_NORM("КАЗАХСТАН", "казахстан");
	CHECK_NORM("Мирзиёев", "мирзиеев");
	CHECK_NORM("ЁЛКА", "елка");
	CHECK_NORM("Berlin", "berlin");
	CHECK_NORM("", "");
}

TEST(normalize_latin_lookalikes)
{
	/* Latin a (U+0061) inside a Cyrillic word */
	CHECK_NORM("К\x61захстан", "казахстан");
	/* Latin capital K, o, p, c inside Cyrillic words */
	CHECK_NORM("\x4b" "ыргызстан", "кыргызстан");
	CHECK_NORM("Т\x6fк\x61ев", "токаев");
	CHECK_NORM("Евр\x6fп\x61", "европа");
	/* a Latin capital A at the start of a Cyrillic word */
	CHECK_NORM("\x41" "лматы", "алматы");
	/* a Latin word stays Latin */
	CHECK_NORM("Macron", "macron");
	CHECK_NORM("OPEC", "opec");
}

TEST(normalize_combining_marks)
{
	/* и + combining breve (U+0306) is й */
	CHECK_NORM("Андреи\xcc\x86", "андрей");
	CHECK_NORM("И\xcc\x86емен", "йемен");
	/* е + combining diaeresis (U+0308) is е */
	CHECK_NORM("Мирзие\xcc\x88ев", "мирзиеев");
	/* a stress mark is dropped */
	CHECK_NORM("Баку\xcc\x81", "баку");
}

TEST(normalize_hyphen_characters)
{
	/* the hyphen (U+2010) and the non-breaking hyphen (U+2011) are "-" */
	CHECK_NORM("\xe2\x80\x91", "-");
	CHECK_NORM("\xe2\x80\x90", "-");
	/* a dash stays what it is */
	CHECK_NORM("\xe2\x80\x94", "\xe2\x80\x94");
}

/* a place name written with a non-breaking hyphen is the same place */
TEST(place_with_a_non_breaking_hyphen)
{
	dx_result  *r = UNIT_RUN("Делегация прибыла в Санкт\xe2\x80\x91Петербург в понедельник.", 20240501);
	const dx_mention *m = unit_mention(r, "Санкт\xe2\x80\x91Петербург");

	CHECK(m != NULL && m->kind == DX_LOCATION);
	CHECK(unit_entity(r, DX_LOCATION, "Санкт-Петербург") != NULL);
	dx_result_free(r);
}

/*
 * The output may be longer than the input: each invalid byte is U+FFFD
 * (three bytes), each Latin lookalike in a Cyrillic word a two-byte letter.
 * Whole strings of them must fit (a title of such bytes once wrote past the
 * end of the buffer).
 */
/* the arena takes back the unused end of its newest allocation only */
TEST(arena_trim_newest_only)
{
	dx_arena	a;
	char	   *p,
			   *q,
			   *r;

	dx_arena_init(&a);
	p = dx_alloc_raw(&a, 100);
	dx_arena_trim(&a, p, 100, 10);
	q = dx_alloc_raw(&a, 16);
	CHECK(q == p + 16);
	/* q is not the newest any more: trimming it changes nothing */
	r = dx_alloc_raw(&a, 16);
	dx_arena_trim(&a, q, 16, 1);
	CHECK(dx_alloc_raw(&a, 16) == r + 16);
	/* nor does growing, or trimming what is not the newest */
	dx_arena_trim(&a, r, 16, 64);
	dx_arena_trim(&a, p, 100, 10);
	CHECK(dx_alloc_raw(&a, 16) == r + 32);
	dx_arena_free(&a);
}

/* a malloc'd buffer doubles from its first size and stops at its maximum */
TEST(reserve_doubles_up_to_max)
{
	char	   *buf = NULL;
	size_t		cap = 0;

	CHECK_INT_EQ(dx_reserve(&buf, &cap, 10, 16, 1024), 0);
	CHECK_INT_EQ(cap, 16);
	CHECK_INT_EQ(dx_reserve(&buf, &cap, 16, 16, 1024), 0);
	CHECK_INT_EQ(cap, 16);
	CHECK_INT_EQ(dx_reserve(&buf, &cap, 100, 16, 1024), 0);
	CHECK_INT_EQ(cap, 128);
	memset(buf, 'x', cap);
	/* past the maximum: refused, the buffer and its bytes kept */
	CHECK_INT_EQ(dx_reserve(&buf, &cap, 1025, 16, 1024), -1);
	CHECK_INT_EQ(cap, 128);
	CHECK(buf != NULL && buf[127] == 'x');
	CHECK_INT_EQ(dx_reserve(&buf, &cap, 1024, 16, 1024), 0);
	CHECK_INT_EQ(cap, 1024);
	CHECK(buf[127] == 'x');
	/* a need no doubling can reach is refused, not looped on */
	CHECK_INT_EQ(dx_reserve(&buf, &cap, (size_t) -1, 16, (size_t) -1), -1);
	free(buf);
}

TEST(normalize_output_longer_than_input)
{
	char		in[301],
				expected[1024];
	int			i;

	/* long enough for a block of its own, whose end the sanitizers watch */
	{
		enum
		{
		N = 20000};
		char	   *bad = malloc(N);
		dx_arena	a;
		int			outlen = -1,
					ok = 1;
		const char *out;

		dx_arena_init(&a);
		memset(bad, 0xFF, N);
		out = dx_normalize(&a, bad, N, &outlen);
		CHECK_INT_EQ(outlen, 3 * N);
		for (i = 0; out && i < 3 * N && ok; i += 3)
			ok = memcmp(out + i, "\xEF\xBF\xBD", 3) == 0;
		CHECK(out != NULL && ok && out[3 * N] == '\0');
		dx_arena_free(&a);
		free(bad);
	}
	/* Cyrillic letters, then as many Latin lookalikes: all Cyrillic */
	in[0] = '\0';
	expected[0] = '\0';
	for (i = 0; i < 50; i++)
		strcat(in, "ж");
	for (i = 0; i < 50; i++)
		strcat(in, "a");
	for (i = 0; i < 50; i++)
		strcat(expected, "ж");
	for (i = 0; i < 50; i++)
		strcat(expected, "а");
	CHECK_NORM(in, expected);
	/* lowering a two-byte letter gives a three-byte one: Ⱥ -> ⱥ */
	in[0] = '\0';
	expected[0] = '\0';
	for (i = 0; i < 100; i++)
	{
		strcat(in, "\xC8\xBA");
		strcat(expected, "\xE2\xB1\xA5");
	}
	CHECK_NORM(in, expected);
}

/* tokenize with a throwaway arena; the caller frees the arena */
static dx_text
tok(dx_arena *a, const char *s)
{
	dx_text		t;

	dx_arena_init(a);
	if (dx_tokenize(a, s, strlen(s), &t, NULL, NULL) != 0)
		memset(&t, 0, sizeof(t));
	return t;
}

TEST(tokenizer_hyphen_and_dash)
{
	dx_arena	a;
	dx_text		t = tok(&a, "Касым-Жомарт Токаев — президент");

	CHECK_INT_EQ(t.ntoks, 6);
	if (t.ntoks == 6)
	{
		CHECK_INT_EQ(t.toks[0].type, TK_WORD);
		CHECK_INT_EQ(t.toks[1].type, TK_HYPHEN);
		CHECK_INT_EQ(t.toks[2].type, TK_WORD);
		CHECK_STR_EQ(t.toks[2].low, "жомарт");
		CHECK_INT_EQ(t.toks[3].type, TK_WORD);
		CHECK_INT_EQ(t.toks[4].type, TK_DASH);
		CHECK_INT_EQ(t.toks[5].type, TK_WORD);
		CHECK(t.toks[0].flags & TF_CAP);
		CHECK(t.toks[0].flags & TF_CYR);
		CHECK(t.toks[3].flags & TF_SPACE);
		CHECK(!(t.toks[2].flags & TF_SPACE));
		CHECK(!(t.toks[5].flags & TF_CAP));
		/* character offsets, not bytes */
		CHECK_INT_EQ(t.toks[0].c0, 0);
		CHECK_INT_EQ(t.toks[0].c1, 5);
		CHECK_INT_EQ(t.toks[4].c0, 20);
		CHECK_INT_EQ(t.toks[4].c1, 21);
		CHECK_INT_EQ(t.toks[4].b0, 37);
		CHECK_INT_EQ(t.toks[4].b1, 40);
	}
	dx_arena_free(&a);

	/* a hyphen between spaces is a dash too */
	t = tok(&a, "Астана - столица");
	CHECK_INT_EQ(t.ntoks, 3);
	if (t.ntoks == 3)
		CHECK_INT_EQ(t.toks[1].type, TK_DASH);
	dx_arena_free(&a);
}

TEST(tokenizer_quotes)
{
	dx_arena	a;
	dx_text		t = tok(&a, "газета «Казахстанская правда» и \"Известия\"");

	CHECK_INT_EQ(t.ntoks, 9);
	if (t.ntoks == 9)
	{
		CHECK_INT_EQ(t.toks[1].type, TK_QUOTE);
		CHECK_INT_EQ(t.toks[1].qkind, QK_OPEN);
		CHECK_INT_EQ(t.toks[4].type, TK_QUOTE);
		CHECK_INT_EQ(t.toks[4].qkind, QK_CLOSE);
		CHECK_INT_EQ(t.toks[6].type, TK_QUOTE);
		CHECK_INT_EQ(t.toks[6].qkind, QK_EITHER);
		CHECK_INT_EQ(t.toks[8].qkind, QK_EITHER);
	}
	dx_arena_free(&a);
}

TEST(tokenizer_numbers_and_symbols)
{
	dx_arena	a;
	dx_text		t = tok(&a, "$2,5 млрд, G20 и 15%");

	CHECK_INT_EQ(t.ntoks, 10);
	if (t.ntoks == 10)
	{
		CHECK_INT_EQ(t.toks[0].type, TK_SYMBOL);
		CHECK_INT_EQ(t.toks[1].type, TK_NUM);
		CHECK_STR_EQ(t.toks[1].low, "2");
		CHECK(dx_tok_punct(&t.toks[2], ','));
		CHECK_INT_EQ(t.toks[3].type, TK_NUM);
		CHECK_INT_EQ(t.toks[4].type, TK_WORD);
		CHECK_INT_EQ(t.toks[6].type, TK_WORD);
		CHECK_STR_EQ(t.toks[6].low, "g20");
		CHECK_INT_EQ(t.toks[8].type, TK_NUM);
		CHECK_INT_EQ(t.toks[9].type, TK_SYMBOL);
	}
	dx_arena_free(&a);
}

TEST(tokenizer_apostrophe_and_allcaps)
{
	dx_arena	a;
	dx_text		t = tok(&a, "Кот-д'Ивуар и МИД РФ");

	CHECK_INT_EQ(t.ntoks, 6);
	if (t.ntoks == 6)
	{
		CHECK_STR_EQ(t.toks[2].low, "д'ивуар");
		CHECK(t.toks[4].flags & TF_ALLCAPS);
		CHECK(t.toks[5].flags & TF_ALLCAPS);
	}
	dx_arena_free(&a);
}

static int
nsents(const char *s)
{
	dx_arena	a;
	dx_text		t = tok(&a, s);
	int			n = t.nsents;

	dx_arena_free(&a);
	return n;
}

TEST(sentences_basic)
{
	CHECK_INT_EQ(nsents("Токаев прибыл в Баку. Переговоры прошли в Гюлюстанском дворце."), 2);
	CHECK_INT_EQ(nsents("Визит завершен! Что дальше? Стороны продолжат диалог."), 3);
	CHECK_INT_EQ(nsents("Первая строка без точки\nвторая строка"), 2);
	CHECK_INT_EQ(nsents(""), 0);
	CHECK_INT_EQ(nsents("   "), 0);
}

TEST(sentences_abbreviations)
{
	/* г. before a name, initials, млрд. before a lower-case word */
	CHECK_INT_EQ(nsents("В 2024 г. Токаев посетил Баку с визитом."), 1);
	CHECK_INT_EQ(nsents("С. Лавров и В. Путин прибыли в Астану."), 1);
	CHECK_INT_EQ(nsents("Кредит составил 2 млрд. долларов на пять лет."), 1);
	CHECK_INT_EQ(nsents("Об этом сообщил С. В. Лавров. Переговоры продолжатся."), 2);
}

TEST(sentences_quote_then_comma)
{
	dx_arena	a;
	dx_text		t;

	/* a period before » followed by a comma does not end the sentence */
	CHECK_INT_EQ(nsents("«Мы готовы к диалогу.», — заявил Лавров."), 1);
	CHECK_INT_EQ(nsents("«Мы готовы к диалогу». Лавров покинул зал."), 2);

	/* the closing mark after the period belongs to the first sentence */
	t = tok(&a, "Он сказал: «Это важно.» Затем уехал.");
	CHECK_INT_EQ(t.nsents, 2);
	CHECK_INT_EQ(t.ntoks, 11);
	if (t.ntoks == 11)
	{
		CHECK_INT_EQ(t.toks[7].type, TK_QUOTE);
		CHECK_INT_EQ(t.toks[7].sent, 0);
		CHECK_INT_EQ(t.toks[8].sent, 1);
	}
	dx_arena_free(&a);
}

/* every form of t is what normalising its bytes anew gives: text, flags, shape */
static int
forms_as_worked_out(dx_text *t)
{
	int			i,
				bad = 0;

	for (i = 0; i < t->nforms && !bad; i++)
	{
		const dx_wform *f = &t->forms[i];
		dx_arena	b;
		int			len = 0;
		char	   *low;

		dx_arena_init(&b);
		low = dx_normalize(&b, t->src + f->b0, f->rawlen, &len);
		if (low == NULL || strcmp(low, f->low) != 0 || len != f->lowlen ||
			f->gram != dx_gram_word(low) ||
			f->shape != (dx_adjective_ending(low) ? TS_ADJ_ENDING : 0))
			bad = 1;
		dx_arena_free(&b);
	}
	for (i = 0; i < t->ntoks && !bad; i++)
		if (t->toks[i].shape != t->forms[t->toks[i].form].shape)
			bad = 1;
	return !bad;
}

/*
 * A form's text, grammar flags and shape follow from its bytes: a form met
 * in an earlier document (kept by the tokenizer) is the same as one worked
 * out anew, also after more forms than the tokenizer keeps.
 */
TEST(tokenizer_forms_seen_before)
{
	const char *story = "Российского президента ждут в Ёлкино. Новая встреча ТАСС: РОССИЙСКАЯ делегация, Самые большие";
	dx_arena	a;
	dx_text		t;
	size_t		cap = 6 * 1024 * 1024,
				n = 0;
	char	   *many = malloc(cap);
	int			k,
				round;

	for (round = 0; round < 2; round++)
	{
		t = tok(&a, story);
		CHECK_INT_EQ(t.ntoks, 15);
		CHECK(forms_as_worked_out(&t));
		if (t.ntoks == 15)
		{
			CHECK(t.toks[0].shape & TS_ADJ_ENDING);		/* Российского */
			CHECK(!(t.toks[1].shape & TS_ADJ_ENDING));	/* президента */
			CHECK_STR_EQ(t.toks[4].low, "елкино");
			CHECK(t.toks[10].shape & TS_ADJ_ENDING);	/* РОССИЙСКАЯ */
		}
		dx_arena_free(&a);
	}
	/* far more distinct forms than are kept, then the story again */
	CHECK(many != NULL);
	if (many == NULL)
		return;
	for (k = 0; k < 150000 && n + 64 < cap; k++)
	{
		static const char *const letters[] = {"а", "б", "в", "г", "д", "е", "ж", "з", "и", "к"};
		int			v = k,
					j;

		n += (size_t) snprintf(many + n, cap - n, "Большие");
		for (j = 0; j < 6; j++, v /= 10)
			n += (size_t) snprintf(many + n, cap - n, "%s", letters[v % 10]);
		n += (size_t) snprintf(many + n, cap - n, "ых ");
	}
	t = tok(&a, many);
	CHECK_INT_EQ(t.nforms, 150000);
	CHECK(forms_as_worked_out(&t));
	CHECK(t.ntoks > 0 && (t.toks[0].shape & TS_ADJ_ENDING));
	dx_arena_free(&a);
	free(many);
	t = tok(&a, story);
	CHECK(forms_as_worked_out(&t));
	dx_arena_free(&a);
}

SUITE(text_tests) = {
	REG(tokenizer_forms_seen_before),
	REG(utf8_valid_sequences),
	REG(utf8_invalid_bytes_one_char_each),
	REG(utf8_overlong_and_surrogates),
	REG(utf8_put_round_trip),
	REG(normalize_case_and_yo),
	REG(normalize_latin_lookalikes),
	REG(normalize_combining_marks),
	REG(normalize_hyphen_characters),
	REG(place_with_a_non_breaking_hyphen),
	REG(arena_trim_newest_only),
	REG(reserve_doubles_up_to_max),
	REG(normalize_output_longer_than_input),
	REG(tokenizer_hyphen_and_dash),
	REG(tokenizer_quotes),
	REG(tokenizer_numbers_and_symbols),
	REG(tokenizer_apostrophe_and_allcaps),
	REG(sentences_basic),
	REG(sentences_abbreviations),
	REG(sentences_quote_then_comma),
	SUITE_END
};
