/* unit.h - a minimal self-contained test runner for the engine's unit tests. */
#ifndef DX_UNIT_H
#define DX_UNIT_H

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "diplo.h"

typedef struct unit_test
{
	const char *name;
	void		(*fn) (void);
} unit_test;

/* the shipped lexicon, loaded once by main.c */
extern dx_lexicon *unit_lex;
/* its directory, for tests that build a lexicon of their own from it */
extern const char *unit_lexdir;

/* counters and reporting, in main.c */
extern int	unit_passed;
extern int	unit_failed;
extern int	unit_known_bad;
extern int	unit_fixed;

void		unit_fail(const char *file, int line, const char *what,
					  const char *expected, const char *actual);
void		unit_known(const char *file, int line, const char *what,
					   const char *why, int still_bad);

/* quoting helpers for messages: a string or "(null)" */
const char *unit_s(const char *s);

/*
 * Tests are plain functions; each file lists its own in a NULL-terminated
 * table that main.c runs.
 */
#define TEST(name) static void name(void)
#define SUITE(table) const unit_test table[]
#define REG(name) {#name, name}
#define SUITE_END {NULL, NULL}

#define CHECK(cond) \
	do { \
		if (cond) \
			unit_passed++; \
		else \
			unit_fail(__FILE__, __LINE__, #cond, "true", "false"); \
	} while (0)

#define CHECK_STR_EQ(actual, expected) \
	do { \
		const char *unit_a_ = (actual); \
		const char *unit_e_ = (expected); \
		if ((unit_a_ == NULL && unit_e_ == NULL) || \
			(unit_a_ != NULL && unit_e_ != NULL && strcmp(unit_a_, unit_e_) == 0)) \
			unit_passed++; \
		else \
			unit_fail(__FILE__, __LINE__, #actual, unit_s(unit_e_), unit_s(unit_a_)); \
	} while (0)

#define CHECK_INT_EQ(actual, expected) \
	do { \
		long long	unit_a_ = (long long) (actual); \
		long long	unit_e_ = (long long) (expected); \
		if (unit_a_ == unit_e_) \
			unit_passed++; \
		else \
		{ \
			char		unit_ab_[32], unit_eb_[32]; \
			snprintf(unit_ab_, sizeof(unit_ab_), "%lld", unit_a_); \
			snprintf(unit_eb_, sizeof(unit_eb_), "%lld", unit_e_); \
			unit_fail(__FILE__, __LINE__, #actual, unit_eb_, unit_ab_); \
		} \
	} while (0)

/*
 * A correct expectation the engine does not meet yet: counted and printed,
 * not a failure.  When it starts to hold it is reported as fixed.
 */
#define KNOWN_BAD(cond, why) \
	unit_known(__FILE__, __LINE__, #cond, (why), !(cond))

/* ------------------------------------------------ helpers over results */

/* extract with the shipped lexicon; published is YYYYMMDD or 0 */
dx_result  *unit_extract(const char *text, int published);

/* first mention whose surface is `surface` (NULL if none) */
const dx_mention *unit_mention(const dx_result *r, const char *surface);

/* the entity of a mention (NULL if none) */
const dx_entity *unit_entity_of(const dx_result *r, const dx_mention *m);

/* first entity by name and kind, or NULL */
const dx_entity *unit_entity(const dx_result *r, dx_kind kind, const char *name);

/* first event of a type, or NULL */
const dx_event *unit_event(const dx_result *r, const char *type);

/* 1 when arr[0..n) holds s */
int			unit_has(const char **arr, int n, const char *s);

/*
 * Check that every character offset of the result lies inside the text and
 * that each surface equals the text between its offsets; returns the number
 * of problems (each also reported as a failure).
 */
int			unit_check_offsets(const char *text, size_t len, const dx_result *r,
							   const char *file, int line);

#define CHECK_OFFSETS(text, len, r) \
	do { \
		if (unit_check_offsets((text), (len), (r), __FILE__, __LINE__) == 0) \
			unit_passed++; \
	} while (0)

/*
 * Extract text as of published (YYYYMMDD) and check, as two checks of the
 * caller's line, that there is a result and that its offsets are right.
 */
dx_result  *unit_run_at(const char *text, int published, const char *file, int line);

#define UNIT_RUN(text, published) unit_run_at((text), (published), __FILE__, __LINE__)

#endif							/* DX_UNIT_H */
