/* test_json.c - dx_result_json: well-formed JSON, escaping, and keys named as the SQL columns. */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>

/* ------------------------------------------------ a minimal JSON checker */

typedef struct jctx
{
	const char *p;
	const char *end;
	const char *err;
	int			depth;
	/* key lists of the first object seen in each top-level array */
	char		keys[6][256];
	char		top[256];
} jctx;

static const char *const TOP_KEYS[] = {
	"mentions", "entities", "agreements", "events", "amounts", "quotes", NULL
};

static int	j_value(jctx *c, int slot);

static void
j_ws(jctx *c)
{
	while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' || *c->p == '\n' || *c->p == '\r'))
		c->p++;
}

static int
j_fail(jctx *c, const char *why)
{
	if (c->err == NULL)
		c->err = why;
	return 0;
}

/* one well-formed UTF-8 sequence (no overlongs, surrogates or values past U+10FFFF) */
static int
j_utf8(jctx *c)
{
	const unsigned char *s = (const unsigned char *) c->p;
	size_t		left = c->end - c->p;
	int			n,
				k;
	unsigned long v;

	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		n = 2;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		n = 3;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		n = 4;
	else
		return j_fail(c, "invalid UTF-8 lead byte in a string");
	if ((size_t) n > left)
		return j_fail(c, "truncated UTF-8 in a string");
	v = s[0] & (0xFF >> (n + 1));
	for (k = 1; k < n; k++)
	{
		if ((s[k] & 0xC0) != 0x80)
			return j_fail(c, "invalid UTF-8 continuation in a string");
		v = (v << 6) | (s[k] & 0x3F);
	}
	if ((n == 3 && v < 0x800) || (n == 4 && v < 0x10000) || v > 0x10FFFF ||
		(v >= 0xD800 && v <= 0xDFFF))
		return j_fail(c, "overlong or surrogate UTF-8 in a string");
	c->p += n;
	return 1;
}

/* a string; its raw contents (escapes kept) go to out when out != NULL */
static int
j_string(jctx *c, char *out, size_t outsize)
{
	const char *s0;

	if (c->p >= c->end || *c->p != '"')
		return j_fail(c, "expected a string");
	s0 = ++c->p;
	while (c->p < c->end && *c->p != '"')
	{
		unsigned char ch = (unsigned char) *c->p;

		if (ch < 0x20)
			return j_fail(c, "raw control character in a string");
		if (ch == '\\')
		{
			c->p++;
			if (c->p >= c->end)
				return j_fail(c, "unterminated escape");
			if (*c->p == 'u')
			{
				int			k;

				for (k = 1; k <= 4; k++)
					if (c->p + k >= c->end || !strchr("0123456789abcdefABCDEF", c->p[k]) || c->p[k] == '\0')
						return j_fail(c, "bad \\u escape");
				c->p += 5;
			}
			else if (strchr("\"\\/bfnrt", *c->p) && *c->p != '\0')
				c->p++;
			else
				return j_fail(c, "bad escape");
		}
		else if (ch >= 0x80)
		{
			if (!j_utf8(c))
				return 0;
		}
		else
			c->p++;
	}
	if (c->p >= c->end)
		return j_fail(c, "unterminated string");
	if (out)
		snprintf(out, outsize, "%.*s", (int) (c->p - s0), s0);
	c->p++;
	return 1;
}

static int
j_number(jctx *c)
{
	const char *s = c->p;

	if (c->p < c->end && *c->p == '-')
		c->p++;
	if (c->p >= c->end || !(*c->p >= '0' && *c->p <= '9'))
		return j_fail(c, "bad number");
	if (*c->p == '0')
		c->p++;
	else
		while (c->p < c->end && *c->p >= '0' && *c->p <= '9')
			c->p++;
	if (c->p < c->end && *c->p == '.')
	{
		c->p++;
		if (c->p >= c->end || !(*c->p >= '0' && *c->p <= '9'))
			return j_fail(c, "bad fraction");
		while (c->p < c->end && *c->p >= '0' && *c->p <= '9')
			c->p++;
	}
	if (c->p < c->end && (*c->p == 'e' || *c->p == 'E'))
	{
		c->p++;
		if (c->p < c->end && (*c->p == '+' || *c->p == '-'))
			c->p++;
		if (c->p >= c->end || !(*c->p >= '0' && *c->p <= '9'))
			return j_fail(c, "bad exponent");
		while (c->p < c->end && *c->p >= '0' && *c->p <= '9')
			c->p++;
	}
	return c->p > s;
}

/* slot: index of the top-level array this object is an element of, or -1 */
static int
j_object(jctx *c, int slot, int is_top)
{
	char		keys[256] = "";
	int			first = 1;

	c->p++;
	j_ws(c);
	if (c->p < c->end && *c->p == '}')
	{
		c->p++;
		return 1;
	}
	for (;;)
	{
		char		key[64];
		int			child = -1;
		int			k;

		j_ws(c);
		if (!j_string(c, key, sizeof(key)))
			return 0;
		if (strlen(keys) + strlen(key) + 2 < sizeof(keys))
		{
			if (!first)
				strcat(keys, ",");
			strcat(keys, key);
		}
		first = 0;
		j_ws(c);
		if (c->p >= c->end || *c->p != ':')
			return j_fail(c, "expected ':'");
		c->p++;
		j_ws(c);
		if (is_top)
			for (k = 0; TOP_KEYS[k]; k++)
				if (strcmp(key, TOP_KEYS[k]) == 0)
					child = k;
		if (!j_value(c, child))
			return 0;
		j_ws(c);
		if (c->p < c->end && *c->p == ',')
		{
			c->p++;
			continue;
		}
		if (c->p < c->end && *c->p == '}')
		{
			c->p++;
			break;
		}
		return j_fail(c, "expected ',' or '}'");
	}
	if (is_top)
		snprintf(c->top, sizeof(c->top), "%s", keys);
	else if (slot >= 0 && c->keys[slot][0] == '\0')
		snprintf(c->keys[slot], sizeof(c->keys[slot]), "%s", keys);
	return 1;
}

/* slot >= 0: this value is the array of a top-level key */
static int
j_value(jctx *c, int slot)
{
	int			ok = 1;

	j_ws(c);
	if (c->p >= c->end)
		return j_fail(c, "unexpected end");
	if (++c->depth > 64)
		return j_fail(c, "nesting too deep");
	if (*c->p == '{')
		ok = j_object(c, -1, c->depth == 1);
	else if (*c->p == '[')
	{
		c->p++;
		j_ws(c);
		if (c->p < c->end && *c->p == ']')
			c->p++;
		else
			for (;;)
			{
				j_ws(c);
				if (c->p < c->end && *c->p == '{' && slot >= 0)
				{
					c->depth++;
					ok = j_object(c, slot, 0);
					c->depth--;
				}
				else
					ok = j_value(c, -1);
				if (!ok)
					break;
				j_ws(c);
				if (c->p < c->end && *c->p == ',')
				{
					c->p++;
					continue;
				}
				if (c->p < c->end && *c->p == ']')
				{
					c->p++;
					break;
				}
				ok = j_fail(c, "expected ',' or ']'");
				break;
			}
	}
	else if (*c->p == '"')
		ok = j_string(c, NULL, 0);
	else if (c->end - c->p >= 4 && strncmp(c->p, "null", 4) == 0)
		c->p += 4;
	else if (c->end - c->p >= 4 && strncmp(c->p, "true", 4) == 0)
		c->p += 4;
	else if (c->end - c->p >= 5 && strncmp(c->p, "false", 5) == 0)
		c->p += 5;
	else
		ok = j_number(c);
	c->depth--;
	return ok;
}

/* NULL when json[0..len) is one well-formed JSON value, else why not */
static const char *
json_check(const char *json, size_t len, jctx *c)
{
	memset(c, 0, sizeof(*c));
	c->p = json;
	c->end = json + len;
	if (!j_value(c, -1))
		return c->err ? c->err : "invalid";
	j_ws(c);
	if (c->p != c->end)
		return "trailing characters";
	return NULL;
}

/* ------------------------------------------------ the checker itself */

static int
valid(const char *s)
{
	jctx		c;

	return json_check(s, strlen(s), &c) == NULL;
}

TEST(checker_accepts_and_rejects)
{
	CHECK(valid("{}"));
	CHECK(valid("{\"a\":[1,-2.5e3,\"x\\n\\u00e9\",null,true,false,{}]}"));
	CHECK(valid("\"Баку\""));
	CHECK(!valid("{\"a\":1,}"));
	CHECK(!valid("{\"a\" 1}"));
	CHECK(!valid("[1 2]"));
	CHECK(!valid("\"tab\there\""));
	CHECK(!valid("\"bad \\x escape\""));
	CHECK(!valid("\"\xff\""));
	CHECK(!valid("{\"a\":01}"));
	CHECK(!valid("{} {}"));
	CHECK(!valid(""));
}

/* ------------------------------------------------ dx_result_json */

static const char *const MENTION_KEYS = "kind,form,surface,normal,start_pos,end_pos,sentence,entity";
static const char *const ENTITY_KEYS = "kind,name,code,country,role,aliases,mentions,first_pos";
static const char *const AGREEMENT_KEYS = "doc_type,title,aliases,parties,signatories,status,"
"valid_from,valid_to,sentence,start_pos,end_pos";
static const char *const EVENT_KEYS = "event_type,status,countries,guest,host,persons,location,"
"cameo,sentence,start_pos,end_pos";
static const char *const AMOUNT_KEYS = "value,currency,about,surface,start_pos,end_pos,sentence";
static const char *const QUOTE_KEYS = "speaker,speaker_role,speaker_country,quote,"
"start_pos,end_pos,sentence";

TEST(json_synthetic_escaping)
{
	/* a result built by hand with every character JSON has to escape */
	const char *nasty = "a\"b\\c/d\x01\x1f\n\r\t\x7f «ё» \xf0\x9f\x98\x80";
	const char *aliases[] = {"\"quoted\"", "back\\slash"};
	dx_mention	m;
	dx_entity	e;
	dx_quote	q;
	dx_amount	a;
	dx_result	r;
	char	   *json;
	size_t		len = 0;
	jctx		c;
	const char *why;

	memset(&r, 0, sizeof(r));
	memset(&m, 0, sizeof(m));
	memset(&e, 0, sizeof(e));
	memset(&q, 0, sizeof(q));
	memset(&a, 0, sizeof(a));
	m.kind = DX_PERSON;
	m.form = DX_FORM_DESCRIPTOR;
	m.surface = nasty;
	m.normal = nasty;
	m.start = 0;
	m.end = 5;
	m.sentence = 1;
	m.entity = 0;
	e.kind = DX_PERSON;
	e.name = nasty;
	e.aliases = aliases;
	e.naliases = 2;
	e.mentions = 1;
	q.quote = nasty;
	q.speaker = NULL;
	a.value = "2500000.5";
	a.currency = "USD";
	a.surface = "$2,5 млн";
	r.mentions = &m;
	r.nmentions = 1;
	r.entities = &e;
	r.nentities = 1;
	r.quotes = &q;
	r.nquotes = 1;
	r.amounts = &a;
	r.namounts = 1;

	json = dx_result_json(&r, &len);
	CHECK(json != NULL);
	if (json == NULL)
		return;
	CHECK_INT_EQ(len, strlen(json));
	why = json_check(json, len, &c);
	CHECK_STR_EQ(why, NULL);
	CHECK(strstr(json, "a\\\"b\\\\c/d\\u0001\\u001f\\u000a\\u000d\\u0009") != NULL ||
		  strstr(json, "a\\\"b\\\\c/d\\u0001\\u001f\\n\\r\\t") != NULL);
	CHECK(strstr(json, "\"speaker\":null") != NULL);
	CHECK(strstr(json, "\"value\":2500000.5") != NULL);
	CHECK(strstr(json, "\"form\":\"descriptor\"") != NULL);
	/* offsets are 1-based in JSON as in SQL; entity numbers too */
	CHECK(strstr(json, "\"start_pos\":1,\"end_pos\":6") != NULL);
	CHECK(strstr(json, "\"entity\":1") != NULL);
	CHECK_STR_EQ(c.top, "mentions,entities,agreements,events,amounts,quotes");
	CHECK_STR_EQ(c.keys[0], MENTION_KEYS);
	CHECK_STR_EQ(c.keys[1], ENTITY_KEYS);
	CHECK_STR_EQ(c.keys[4], AMOUNT_KEYS);
	CHECK_STR_EQ(c.keys[5], QUOTE_KEYS);
	free(json);
}

/* extract, render, check; returns the checker context through c */
static void
check_text_json(const char *text, size_t len, jctx *c, const char *file, int line)
{
	dx_status	st;
	dx_result  *r = dx_extract(unit_lex, text, len, NULL, &st);
	char	   *json;
	size_t		jlen = 0;
	const char *why;

	if (r == NULL)
	{
		unit_fail(file, line, "dx_extract", "a result", "NULL");
		return;
	}
	json = dx_result_json(r, &jlen);
	dx_result_free(r);
	if (json == NULL)
	{
		unit_fail(file, line, "dx_result_json", "JSON", "NULL");
		return;
	}
	why = json_check(json, jlen, c);
	if (why == NULL)
		unit_passed++;
	else
		unit_fail(file, line, "well-formed JSON", "valid", why);
	free(json);
}

TEST(json_real_result_keys)
{
	const char *text = "Президент Турции Реджеп Тайип Эрдоган посетил Астану с официальным визитом. "
		"Стороны подписали Совместную декларацию о стратегическом партнерстве между "
		"Турцией и Казахстаном. Товарооборот достиг 1,5 млрд долларов. "
		"«Наши страны связывают \"братские\" узы и C:\\путь\\к\\успеху», — заявил Эрдоган.";
	jctx		c;

	check_text_json(text, strlen(text), &c, __FILE__, __LINE__);
	CHECK_STR_EQ(c.top, "mentions,entities,agreements,events,amounts,quotes");
	CHECK_STR_EQ(c.keys[0], MENTION_KEYS);
	CHECK_STR_EQ(c.keys[1], ENTITY_KEYS);
	CHECK_STR_EQ(c.keys[2], AGREEMENT_KEYS);
	CHECK_STR_EQ(c.keys[3], EVENT_KEYS);
	CHECK_STR_EQ(c.keys[4], AMOUNT_KEYS);
}

TEST(json_quote_with_backslashes_and_controls)
{
	/* the quotation itself carries a backslash, a tab and a control character */
	const char *text = "«Мы ответим на это \\ жестко\tи\x01 без промедления», — заявил Сергей Лавров.";
	dx_status	st;
	dx_result  *r = dx_extract(unit_lex, text, strlen(text), NULL, &st);
	char	   *json;
	jctx		c;

	CHECK(r != NULL);
	if (r == NULL)
		return;
	CHECK_INT_EQ(r->nquotes, 1);
	json = dx_result_json(r, NULL);
	CHECK(json != NULL);
	if (json)
	{
		CHECK_STR_EQ(json_check(json, strlen(json), &c), NULL);
		CHECK(strstr(json, "на это \\\\ жестко\\u0009и\\u0001 без") != NULL);
		CHECK_STR_EQ(c.keys[5], QUOTE_KEYS);
	}
	free(json);
	dx_result_free(r);
}

TEST(json_hostile_inputs)
{
	jctx		c;
	const char *junk = "\x01\x02\x1f\"\\\"\\\\ Баку \x7f";

	check_text_json("", 0, &c, __FILE__, __LINE__);
	CHECK_STR_EQ(c.top, "mentions,entities,agreements,events,amounts,quotes");
	check_text_json(junk, strlen(junk), &c, __FILE__, __LINE__);
	check_text_json("Токаев\x00Алиев", 13, &c, __FILE__, __LINE__);
}

TEST(json_invalid_utf8_inside_a_quote)
{
	/* an invalid byte inside a quotation reaches the quote text */
	const char *text = "«Мы готовы \xff к конструктивному диалогу», — заявил Сергей Лавров.";
	dx_status	st;
	dx_result  *r = dx_extract(unit_lex, text, strlen(text), NULL, &st);
	char	   *json;
	jctx		c;

	CHECK(r != NULL);
	if (r == NULL)
		return;
	json = dx_result_json(r, NULL);
	CHECK(json != NULL);
	if (json)
		CHECK(json_check(json, strlen(json), &c) == NULL);
	free(json);
	dx_result_free(r);
}

SUITE(json_tests) = {
	REG(checker_accepts_and_rejects),
	REG(json_synthetic_escaping),
	REG(json_real_result_keys),
	REG(json_quote_with_backslashes_and_controls),
	REG(json_hostile_inputs),
	REG(json_invalid_utf8_inside_a_quote),
	SUITE_END
};
