/*
 * diplo.h - public API of the diplo_extract engine (plain C99, no PostgreSQL).
 *
 * The engine reads one UTF-8 document with a compiled lexicon and returns one
 * dx_result holding mentions, entities, agreements, events, amounts and
 * quotes.  All strings in a result live in the result's own arena and are
 * freed with dx_result_free().  Offsets are 0-based character (code point)
 * offsets, end exclusive; the SQL layer adds 1.
 */
#ifndef DIPLO_H
#define DIPLO_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------- lexicon */

/*
 * One lexicon row, as stored in diplo.lexicon and in the data/lexicon TSV files.
 * Strings may be NULL or "" when absent.  Dates are YYYYMMDD integers, 0 when
 * open.  See data/lexicon/README.md for the meaning of each kind.
 */
typedef struct dx_lexrow
{
	const char *kind;			/* country, country_adj, capital, city, region,
								 * org, person, given_name, office, doc_type,
								 * event, currency, verb, ... */
	const char *term;			/* the form to match, nominative; a token
								 * ending in '*' matches as a prefix */
	const char *code;			/* ISO code, type code, class */
	const char *name;			/* canonical name to report */
	const char *country;		/* ISO 3166-1 alpha-2 of the thing's state */
	const char *role;			/* office of a person */
	int			valid_from;		/* YYYYMMDD or 0 */
	int			valid_to;		/* YYYYMMDD or 0 */
} dx_lexrow;

typedef struct dx_lexicon dx_lexicon;

/* Create an empty lexicon; NULL when out of memory. */
dx_lexicon *dx_lexicon_create(void);

/*
 * Add one row.  Returns 0 on success; on a malformed row returns -1 and puts
 * a message into err (rows of unknown kinds are kept and ignored, not errors).
 */
int			dx_lexicon_add(dx_lexicon *lex, const dx_lexrow *row,
						   char *err, size_t errlen);

/*
 * The rows dx_lexicon_add refused, kept in the lexicon and in its image:
 * the i-th (0 <= i < dx_lexicon_nrejected) gives its message and sets *row
 * to the row's 0-based number among all rows added.
 */
int			dx_lexicon_nrejected(const dx_lexicon *lex);
const char *dx_lexicon_rejected(const dx_lexicon *lex, int i, int *row);

/*
 * Build the lookup structures after the last add.  Returns 0 on success, -1
 * when out of memory, -2 when the interrupt callback (below) asked to stop;
 * after a failure the lexicon can only be freed.
 */
int			dx_lexicon_finish(dx_lexicon *lex);

/*
 * A callback dx_lexicon_finish calls now and then (every 1,024 entries); a
 * nonzero return stops it.  NULL (the default): never stopped.
 */
void		dx_lexicon_set_interrupt(dx_lexicon *lex, int (*interrupt) (void *arg),
									 void *arg);

/* Number of rows added. */
size_t		dx_lexicon_size(const dx_lexicon *lex);

void		dx_lexicon_free(dx_lexicon *lex);

/*
 * A finished lexicon as one flat image, to build it once and load it in
 * other processes (the PostgreSQL layer keeps it in a file shared by the
 * backends of a server).  key is the caller's name for what the lexicon was
 * built of (a digest of its rows): an image loads only under its own key.
 */

/* The image of a finished lexicon in a malloc'd buffer; 0 on success. */
int			dx_lexicon_image(const dx_lexicon *lex, uint64_t key,
							 void **image, size_t *len);

/*
 * The lexicon an image holds, or NULL with a message in err when the buffer
 * is not an intact image of this build for that key.  The lexicon reads the
 * image where it lies (it may be a read-only mapping) and never writes it;
 * on success dx_lexicon_free calls release(image, len) when release is not
 * NULL.  On failure the image stays the caller's.
 */
dx_lexicon *dx_lexicon_from_image(const void *image, size_t len, uint64_t key,
								  void (*release) (const void *image, size_t len),
								  char *err, size_t errlen);

/*
 * Load every *.tsv file of a directory (columns: kind term code name country
 * role valid_from valid_to; '#' starts a comment line).  Used by the CLI,
 * tests and benchmarks; the PostgreSQL layer reads diplo.lexicon instead.
 * Returns 0 on success, -1 with a message in err.
 */
int			dx_lexicon_load_dir(dx_lexicon *lex, const char *dir,
								char *err, size_t errlen);

/* ---------------------------------------------------------------- results */

typedef enum dx_kind
{
	DX_PERSON = 0,
	DX_COUNTRY,
	DX_LOCATION,
	DX_ORGANIZATION
} dx_kind;

typedef enum dx_form
{
	DX_FORM_NAME = 0,
	DX_FORM_ADJECTIVE,
	DX_FORM_DESCRIPTOR
} dx_form;

typedef struct dx_mention
{
	dx_kind		kind;
	dx_form		form;
	int			start;			/* character offset, 0-based */
	int			end;			/* exclusive */
	const char *surface;		/* text[start:end] */
	const char *normal;			/* nominative form */
	int			sentence;		/* 1-based sentence number */
	int			entity;			/* index into dx_result.entities, -1 none */
} dx_mention;

typedef struct dx_entity
{
	dx_kind		kind;
	const char *name;			/* canonical, nominative */
	const char *code;			/* ISO alpha-2 of a country; the lexicon key of a known organisation (ЕС); else NULL */
	const char *country;		/* state of a person/place/organisation */
	const char *role;			/* office of a person in this story */
	const char **aliases;		/* other names used in the story */
	int			naliases;
	int			mentions;		/* number of mentions */
	int			first_pos;		/* character offset of the first mention */
} dx_entity;

typedef struct dx_agreement
{
	const char *doc_type;		/* declaration, memorandum, agreement, ... */
	const char *title;			/* head phrase in the nominative */
	const char **aliases;
	int			naliases;
	const char **parties;		/* ISO codes or organisation names */
	int			nparties;
	const char **signatories;	/* person names */
	int			nsignatories;
	const char *status;			/* signed, planned, ratified, negotiated,
								 * other */
	int			valid_from;		/* year or 0 */
	int			valid_to;		/* year or 0 */
	int			sentence;
	int			start;
	int			end;
} dx_agreement;

typedef struct dx_event
{
	const char *event_type;		/* visit, talks, phone_call, signing, summit,
								 * briefing */
	const char *status;			/* occurred, planned */
	const char **countries;
	int			ncountries;
	const char *guest;			/* ISO code, visits only */
	const char *host;
	const char **persons;
	int			npersons;
	const char *location;
	const char *cameo;			/* CAMEO code */
	int			sentence;
	int			start;
	int			end;
} dx_event;

typedef struct dx_amount
{
	const char *value;			/* decimal digits, e.g. "1000000000" or
								 * "2500000.5" */
	const char *currency;		/* ISO 4217 */
	const char *about;			/* trade, investment, credit, ... or NULL */
	const char *surface;
	int			start;
	int			end;
	int			sentence;
} dx_amount;

typedef struct dx_quote
{
	const char *speaker;		/* person name, NULL when unresolved */
	const char *speaker_role;
	const char *speaker_country;
	const char *quote;			/* text inside the quotation marks */
	int			start;			/* of the quoted text */
	int			end;
	int			sentence;
} dx_quote;

/*
 * A sentence of the text: character offsets, 0-based, end exclusive, and the
 * same span in bytes (its text is text[bstart..bend)).
 */
typedef struct dx_sentence
{
	int			start;
	int			end;
	size_t		bstart;
	size_t		bend;
} dx_sentence;

typedef struct dx_result dx_result;

struct dx_result
{
	dx_mention *mentions;
	int			nmentions;
	dx_entity  *entities;
	int			nentities;
	dx_agreement *agreements;
	int			nagreements;
	dx_event   *events;
	int			nevents;
	dx_amount  *amounts;
	int			namounts;
	dx_quote   *quotes;
	int			nquotes;
	int			nsentences;
	dx_sentence *sentences;		/* nsentences spans, from the first character
								 * of a sentence's first token to the end of
								 * its last; sentence k is sentences[k - 1] */
	void	   *priv;			/* arena; do not touch */
};

typedef enum dx_status
{
	DX_OK = 0,
	DX_ERR_NOMEM,
	DX_ERR_CANCELLED,
	DX_ERR_INVALID_UTF8,		/* only when options.strict_utf8 is set */
	DX_ERR_MEMORY_LIMIT			/* the document needs more than max_memory */
} dx_status;

/*
 * The default memory budget of one extraction: DX_MEMORY_PER_BYTE bytes per
 * byte of the document plus DX_MEMORY_BASE.  Prose takes about 12 bytes per
 * byte; a text of one-byte tokens (a run of dots) about 64, and up to 120
 * while its token array is half full (README, "Reliability").
 */
#define DX_MEMORY_PER_BYTE	128
#define DX_MEMORY_BASE		((size_t) 32 * 1024 * 1024)

typedef struct dx_options
{
	int			published;		/* YYYYMMDD of the article, 0 unknown */
	/* Called now and then; a nonzero return stops the work (DX_ERR_CANCELLED). */
	int			(*interrupt) (void *arg);
	void	   *interrupt_arg;

	/*
	 * The most memory, in bytes, that one extraction may take; past it
	 * dx_extract gives up with DX_ERR_MEMORY_LIMIT.  0: the default,
	 * DX_MEMORY_PER_BYTE * len + DX_MEMORY_BASE; SIZE_MAX: no limit.
	 */
	size_t		max_memory;
} dx_options;

/*
 * Extract from text[0..len).  Invalid UTF-8 bytes are treated as U+FFFD
 * (one character each), so offsets stay defined for any input.  Returns NULL
 * and sets *status on failure; never aborts the process.
 *
 * Not for several threads at once: the lexicon (though const here) and the
 * tokenizer keep bounded caches of the word forms of earlier documents,
 * written as each document is read, without locks.  One process reads one
 * document at a time (a PostgreSQL backend, the CLI); threads would each
 * need a process of their own.
 */
dx_result  *dx_extract(const dx_lexicon *lex, const char *text, size_t len,
					   const dx_options *opts, dx_status *status);

void		dx_result_free(dx_result *res);

/* The bytes of memory a result holds: what its extraction took at most. */
size_t		dx_result_memory(const dx_result *res);

/* The memory budget dx_extract gives a document of len bytes under opts. */
size_t		dx_memory_budget(const dx_options *opts, size_t len);

/*
 * The whole result as one JSON object (UTF-8, malloc'd, NUL-terminated);
 * NULL when out of memory.  Keys follow the SQL column names.
 */
char	   *dx_result_json(const dx_result *res, size_t *len);

const char *dx_kind_name(dx_kind kind);
const char *dx_form_name(dx_form form);

#ifdef __cplusplus
}
#endif

#endif							/* DIPLO_H */
