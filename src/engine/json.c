/* json.c - the whole result of one document as a JSON object. */
#include "diplo.h"
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct jbuf
{
	char	   *p;
	size_t		len,
				cap;
	int			failed;
} jbuf;

/* room for n more bytes and the final NUL; 0 when out of memory */
static int
jreserve(jbuf *b, size_t n)
{
	if (b->failed)
		return 0;
	if (b->len + n + 1 <= b->cap)
		return 1;
	if (dx_reserve(&b->p, &b->cap, b->len + n + 1, 4096, SIZE_MAX) != 0)
	{
		b->failed = 1;
		return 0;
	}
	return 1;
}

static void
jadd(jbuf *b, const char *s, size_t n)
{
	if (!jreserve(b, n))
		return;
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

static void
jraw(jbuf *b, const char *s)
{
	jadd(b, s, strlen(s));
}

/* length of the valid UTF-8 sequence at p (a lead byte >= 0x80), 0 if invalid */
static int
utf8_valid(const unsigned char *p)
{
	int			n = (*p & 0xE0) == 0xC0 ? 2 : (*p & 0xF0) == 0xE0 ? 3 : (*p & 0xF8) == 0xF0 ? 4 : 0;
	int			k;
	uint32_t	c = n == 2 ? (*p & 0x1F) : n == 3 ? (*p & 0x0F) : (*p & 0x07);

	if (n == 0)
		return 0;
	/* a NUL ends the string, and is no continuation byte either */
	for (k = 1; k < n; k++)
	{
		if ((p[k] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (p[k] & 0x3F);
	}
	if ((n == 2 && c < 0x80) || (n == 3 && c < 0x800) || (n == 4 && c < 0x10000) ||
		c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	return n;
}

/*
 * A JSON string.  Runs of bytes that need no escaping are copied at once:
 * the output is larger than the text, so this loop is the renderer's cost.
 */
static void
jstr(jbuf *b, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p,
			   *run;
	size_t		n;
	char	   *o;

	if (s == NULL)
	{
		jadd(b, "null", 4);
		return;
	}
	n = strlen(s);
	/* worst case: six bytes (\u00XX) per byte, and the quotes */
	if (!jreserve(b, n * 6 + 2))
		return;
	o = b->p + b->len;
	*o++ = '"';
	p = (const unsigned char *) s;
	for (;;)
	{
		run = p;
		while (*p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
			p++;
		if (p > run)
		{
			memcpy(o, run, p - run);
			o += p - run;
		}
		if (*p == '\0')
			break;
		if (*p == '"' || *p == '\\')
		{
			*o++ = '\\';
			*o++ = (char) *p++;
		}
		else if (*p < 0x20)
		{
			memcpy(o, "\\u00", 4);
			o[4] = hex[*p >> 4];
			o[5] = hex[*p & 0xF];
			o += 6;
			p++;
		}
		else
		{
			/* copy a valid UTF-8 sequence, replace anything else by U+FFFD */
			int			k = utf8_valid(p);

			if (k > 0)
			{
				memcpy(o, p, k);
				o += k;
				p += k;
			}
			else
			{
				memcpy(o, "\ufffd", 3);
				o += 3;
				p++;
			}
		}
	}
	*o++ = '"';
	*o = '\0';
	b->len = o - b->p;
}

/* a key: the engine's own names, plain ASCII that needs no escaping */
static void
jkey(jbuf *b, const char *k, int first)
{
	size_t		n = strlen(k);
	char	   *o;

	if (!jreserve(b, n + 4))
		return;
	o = b->p + b->len;
	if (!first)
		*o++ = ',';
	*o++ = '"';
	memcpy(o, k, n);
	o += n;
	*o++ = '"';
	*o++ = ':';
	*o = '\0';
	b->len = o - b->p;
}

static void
jint(jbuf *b, int v)
{
	char		s[16];
	int			i = sizeof(s);
	unsigned int u = v < 0 ? 0u - (unsigned int) v : (unsigned int) v;

	do
	{
		s[--i] = (char) ('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		s[--i] = '-';
	jadd(b, s + i, sizeof(s) - i);
}

static void
jintn(jbuf *b, int v)
{
	if (v == 0)
		jraw(b, "null");
	else
		jint(b, v);
}

static void
jarr(jbuf *b, const char **a, int n)
{
	int			i;

	jraw(b, "[");
	for (i = 0; i < n; i++)
	{
		if (i)
			jraw(b, ",");
		jstr(b, a[i]);
	}
	jraw(b, "]");
}

char *
dx_result_json(const dx_result *r, size_t *len)
{
	jbuf		b = {0};
	int			i;

	jraw(&b, "{\"mentions\":[");
	for (i = 0; i < r->nmentions; i++)
	{
		const dx_mention *m = &r->mentions[i];

		jraw(&b, i ? ",{" : "{");
		jkey(&b, "kind", 1);
		jstr(&b, dx_kind_name(m->kind));
		jkey(&b, "form", 0);
		jstr(&b, dx_form_name(m->form));
		jkey(&b, "surface", 0);
		jstr(&b, m->surface);
		jkey(&b, "normal", 0);
		jstr(&b, m->normal);
		jkey(&b, "start_pos", 0);
		jint(&b, m->start + 1);
		jkey(&b, "end_pos", 0);
		jint(&b, m->end + 1);
		jkey(&b, "sentence", 0);
		jint(&b, m->sentence);
		jkey(&b, "entity", 0);
		if (m->entity >= 0)
			jint(&b, m->entity + 1);
		else
			jraw(&b, "null");
		jraw(&b, "}");
	}
	jraw(&b, "],\"entities\":[");
	for (i = 0; i < r->nentities; i++)
	{
		const dx_entity *e = &r->entities[i];

		jraw(&b, i ? ",{" : "{");
		jkey(&b, "kind", 1);
		jstr(&b, dx_kind_name(e->kind));
		jkey(&b, "name", 0);
		jstr(&b, e->name);
		jkey(&b, "code", 0);
		jstr(&b, e->code);
		jkey(&b, "country", 0);
		jstr(&b, e->country);
		jkey(&b, "role", 0);
		jstr(&b, e->role);
		jkey(&b, "aliases", 0);
		jarr(&b, e->aliases, e->naliases);
		jkey(&b, "mentions", 0);
		jint(&b, e->mentions);
		jkey(&b, "first_pos", 0);
		jint(&b, e->first_pos + 1);
		jraw(&b, "}");
	}
	jraw(&b, "],\"agreements\":[");
	for (i = 0; i < r->nagreements; i++)
	{
		const dx_agreement *g = &r->agreements[i];

		jraw(&b, i ? ",{" : "{");
		jkey(&b, "doc_type", 1);
		jstr(&b, g->doc_type);
		jkey(&b, "title", 0);
		jstr(&b, g->title);
		jkey(&b, "aliases", 0);
		jarr(&b, g->aliases, g->naliases);
		jkey(&b, "parties", 0);
		jarr(&b, g->parties, g->nparties);
		jkey(&b, "signatories", 0);
		jarr(&b, g->signatories, g->nsignatories);
		jkey(&b, "status", 0);
		jstr(&b, g->status);
		jkey(&b, "valid_from", 0);
		jintn(&b, g->valid_from);
		jkey(&b, "valid_to", 0);
		jintn(&b, g->valid_to);
		jkey(&b, "sentence", 0);
		jint(&b, g->sentence);
		jkey(&b, "start_pos", 0);
		jint(&b, g->start + 1);
		jkey(&b, "end_pos", 0);
		jint(&b, g->end + 1);
		jraw(&b, "}");
	}
	jraw(&b, "],\"events\":[");
	for (i = 0; i < r->nevents; i++)
	{
		const dx_event *e = &r->events[i];

		jraw(&b, i ? ",{" : "{");
		jkey(&b, "event_type", 1);
		jstr(&b, e->event_type);
		jkey(&b, "status", 0);
		jstr(&b, e->status);
		jkey(&b, "countries", 0);
		jarr(&b, e->countries, e->ncountries);
		jkey(&b, "guest", 0);
		jstr(&b, e->guest);
		jkey(&b, "host", 0);
		jstr(&b, e->host);
		jkey(&b, "persons", 0);
		jarr(&b, e->persons, e->npersons);
		jkey(&b, "location", 0);
		jstr(&b, e->location);
		jkey(&b, "cameo", 0);
		jstr(&b, e->cameo);
		jkey(&b, "sentence", 0);
		jint(&b, e->sentence);
		jkey(&b, "start_pos", 0);
		jint(&b, e->start + 1);
		jkey(&b, "end_pos", 0);
		jint(&b, e->end + 1);
		jraw(&b, "}");
	}
	jraw(&b, "],\"amounts\":[");
	for (i = 0; i < r->namounts; i++)
	{
		const dx_amount *a = &r->amounts[i];

		jraw(&b, i ? ",{" : "{");
		jkey(&b, "value", 1);
		jraw(&b, a->value);
		jkey(&b, "currency", 0);
		jstr(&b, a->currency);
		jkey(&b, "about", 0);
		jstr(&b, a->about);
		jkey(&b, "surface", 0);
		jstr(&b, a->surface);
		jkey(&b, "start_pos", 0);
		jint(&b, a->start + 1);
		jkey(&b, "end_pos", 0);
		jint(&b, a->end + 1);
		jkey(&b, "sentence", 0);
		jint(&b, a->sentence);
		jraw(&b, "}");
	}
	jraw(&b, "],\"quotes\":[");
	for (i = 0; i < r->nquotes; i++)
	{
		const dx_quote *q = &r->quotes[i];

		jraw(&b, i ? ",{" : "{");
		jkey(&b, "speaker", 1);
		jstr(&b, q->speaker);
		jkey(&b, "speaker_role", 0);
		jstr(&b, q->speaker_role);
		jkey(&b, "speaker_country", 0);
		jstr(&b, q->speaker_country);
		jkey(&b, "quote", 0);
		jstr(&b, q->quote);
		jkey(&b, "start_pos", 0);
		jint(&b, q->start + 1);
		jkey(&b, "end_pos", 0);
		jint(&b, q->end + 1);
		jkey(&b, "sentence", 0);
		jint(&b, q->sentence);
		jraw(&b, "}");
	}
	jraw(&b, "]}");
	if (b.failed)
	{
		free(b.p);
		return NULL;
	}
	if (len)
		*len = b.len;
	return b.p;
}
