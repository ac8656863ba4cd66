/* helpers.c - shared helpers of the unit tests: extraction, lookups, offset checks. */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>

dx_result *
unit_extract(const char *text, int published)
{
	dx_options	opts;
	dx_status	st = DX_OK;
	dx_result  *r;

	memset(&opts, 0, sizeof(opts));
	opts.published = published;
	r = dx_extract(unit_lex, text, strlen(text), &opts, &st);
	if (r == NULL || st != DX_OK)
	{
		char		buf[32];

		snprintf(buf, sizeof(buf), "status %d", (int) st);
		unit_fail(__FILE__, __LINE__, "dx_extract", "a result", buf);
	}
	return r;
}

const dx_mention *
unit_mention(const dx_result *r, const char *surface)
{
	int			i;

	if (r == NULL)
		return NULL;
	for (i = 0; i < r->nmentions; i++)
		if (r->mentions[i].surface && strcmp(r->mentions[i].surface, surface) == 0)
			return &r->mentions[i];
	return NULL;
}

const dx_entity *
unit_entity_of(const dx_result *r, const dx_mention *m)
{
	if (r == NULL || m == NULL || m->entity < 0 || m->entity >= r->nentities)
		return NULL;
	return &r->entities[m->entity];
}

const dx_entity *
unit_entity(const dx_result *r, dx_kind kind, const char *name)
{
	int			i;

	if (r == NULL)
		return NULL;
	for (i = 0; i < r->nentities; i++)
		if (r->entities[i].kind == kind && r->entities[i].name &&
			strcmp(r->entities[i].name, name) == 0)
			return &r->entities[i];
	return NULL;
}

const dx_event *
unit_event(const dx_result *r, const char *type)
{
	int			i;

	if (r == NULL)
		return NULL;
	for (i = 0; i < r->nevents; i++)
		if (strcmp(r->events[i].event_type, type) == 0)
			return &r->events[i];
	return NULL;
}

int
unit_has(const char **arr, int n, const char *s)
{
	int			i;

	for (i = 0; i < n; i++)
		if (arr[i] && strcmp(arr[i], s) == 0)
			return 1;
	return 0;
}

/*
 * Length in bytes of the character at s[0..left): a well-formed UTF-8
 * sequence counts as one character, any other byte as one character of its
 * own.  Written independently of the engine's decoder on purpose.
 */
static size_t
char_bytes(const unsigned char *s, size_t left)
{
	size_t		n,
				k;
	unsigned long c;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		n = 2;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		n = 3;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		n = 4;
	else
		return 1;
	if (n > left)
		return 1;
	c = s[0] & (0xFF >> (n + 1));
	for (k = 1; k < n; k++)
	{
		if ((s[k] & 0xC0) != 0x80)
			return 1;
		c = (c << 6) | (s[k] & 0x3F);
	}
	if ((n == 3 && c < 0x800) || (n == 4 && c < 0x10000) || c > 0x10FFFF ||
		(c >= 0xD800 && c <= 0xDFFF))
		return 1;
	return n;
}

/* byte offset of character offset c, or -1 when c is past the end */
static long
char_to_byte(const char *text, size_t len, int c)
{
	size_t		b = 0;
	int			k = 0;

	if (c < 0)
		return -1;
	while (k < c && b < len)
	{
		b += char_bytes((const unsigned char *) text + b, len - b);
		k++;
	}
	return k == c ? (long) b : -1;
}

static int
check_span(const char *text, size_t len, int start, int end, const char *surface,
		   const char *what, const char *file, int line)
{
	long		b0 = char_to_byte(text, len, start);
	long		b1 = char_to_byte(text, len, end);
	char		msg[160];

	if (b0 < 0 || b1 < 0 || start >= end)
	{
		snprintf(msg, sizeof(msg), "%s offsets [%d, %d) inside the text", what, start, end);
		unit_fail(file, line, msg, "valid offsets", "out of range or empty");
		return 1;
	}
	if (surface != NULL &&
		((size_t) (b1 - b0) != strlen(surface) || memcmp(text + b0, surface, b1 - b0) != 0))
	{
		char		actual[200];

		snprintf(msg, sizeof(msg), "%s surface equals text[%d:%d]", what, start, end);
		snprintf(actual, sizeof(actual), "%.*s", (int) (b1 - b0 > 150 ? 150 : b1 - b0), text + b0);
		unit_fail(file, line, msg, surface, actual);
		return 1;
	}
	return 0;
}

int
unit_check_offsets(const char *text, size_t len, const dx_result *r,
				   const char *file, int line)
{
	int			i,
				bad = 0;

	if (r == NULL)
		return 0;
	for (i = 0; i < r->nmentions && bad < 5; i++)
	{
		const dx_mention *m = &r->mentions[i];

		bad += check_span(text, len, m->start, m->end, m->surface, "mention", file, line);
		if (m->entity < -1 || m->entity >= r->nentities)
		{
			unit_fail(file, line, "mention entity index", "-1 or a valid index", "out of range");
			bad++;
		}
		if (m->sentence < 1 || m->sentence > r->nsentences)
		{
			unit_fail(file, line, "mention sentence number", "1..nsentences", "out of range");
			bad++;
		}
		else if (r->sentences == NULL
				 || m->start < r->sentences[m->sentence - 1].start
				 || m->end > r->sentences[m->sentence - 1].end)
		{
			unit_fail(file, line, "mention inside its sentence's span", "inside", "outside");
			bad++;
		}
	}
	for (i = 0; i < r->nsentences && bad < 5; i++)
		if (r->sentences[i].start < (i > 0 ? r->sentences[i - 1].end : 0)
			|| r->sentences[i].end <= r->sentences[i].start
			|| char_to_byte(text, len, r->sentences[i].end) < 0)
		{
			unit_fail(file, line, "sentence spans in order, inside the text", "valid", "out of range");
			bad++;
		}
	for (i = 0; i < r->namounts && bad < 5; i++)
		bad += check_span(text, len, r->amounts[i].start, r->amounts[i].end,
						  r->amounts[i].surface, "amount", file, line);
	/* a quote's text may leave out its attribution: only its span is the slice */
	for (i = 0; i < r->nquotes && bad < 5; i++)
		bad += check_span(text, len, r->quotes[i].start, r->quotes[i].end,
						  NULL, "quote", file, line);
	for (i = 0; i < r->nagreements && bad < 5; i++)
		bad += check_span(text, len, r->agreements[i].start, r->agreements[i].end,
						  NULL, "agreement", file, line);
	for (i = 0; i < r->nevents && bad < 5; i++)
		bad += check_span(text, len, r->events[i].start, r->events[i].end,
						  NULL, "event", file, line);
	for (i = 0; i < r->nentities && bad < 5; i++)
		if (char_to_byte(text, len, r->entities[i].first_pos) < 0)
		{
			unit_fail(file, line, "entity first_pos inside the text", "valid", "out of range");
			bad++;
		}
	return bad;
}

dx_result *
unit_run_at(const char *text, int published, const char *file, int line)
{
	dx_result  *r = unit_extract(text, published);

	if (r != NULL)
		unit_passed++;
	else
		unit_fail(file, line, "r != NULL", "true", "false");
	if (unit_check_offsets(text, strlen(text), r, file, line) == 0)
		unit_passed++;
	return r;
}
