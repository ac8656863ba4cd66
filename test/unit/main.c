/* main.c - runs the engine's unit tests against a lexicon directory and reports. */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>

#include "ocdict.h"

extern const unit_test text_tests[];
extern const unit_test morph_tests[];
extern const unit_test extract_tests[];
extern const unit_test json_tests[];
extern const unit_test image_tests[];
extern const unit_test lexicon_tests[];
extern const unit_test ocdict_tests[];
extern const unit_test roles_tests[];
extern const unit_test grammar_tests[];
extern const unit_test events_tests[];
extern const unit_test agreement_tests[];
extern const unit_test quotes_tests[];
extern const unit_test orgs_tests[];
extern const unit_test places_tests[];

dx_lexicon *unit_lex = NULL;
const char *unit_lexdir = NULL;
int			unit_passed = 0;
int			unit_failed = 0;
int			unit_known_bad = 0;
int			unit_fixed = 0;

static const char *current_test = "";

const char *
unit_s(const char *s)
{
	return s ? s : "(null)";
}

void
unit_fail(const char *file, int line, const char *what,
		  const char *expected, const char *actual)
{
	unit_failed++;
	printf("FAIL %s:%d [%s] %s\n     expected: %s\n     actual:   %s\n",
		   file, line, current_test, what, expected, actual);
}

void
unit_known(const char *file, int line, const char *what, const char *why,
		   int still_bad)
{
	if (still_bad)
	{
		unit_known_bad++;
		printf("KNOWN-BAD %s:%d [%s] %s\n     %s\n", file, line, current_test, what, why);
	}
	else
	{
		unit_fixed++;
		unit_passed++;
		printf("FIXED %s:%d [%s] %s now holds; turn it into a CHECK\n",
			   file, line, current_test, what);
	}
}

static int
run_suite(const unit_test *t)
{
	int			n = 0;

	for (; t->name; t++, n++)
	{
		current_test = t->name;
		t->fn();
	}
	return n;
}

int
main(int argc, char **argv)
{
	char		err[512];
	int			ntests = 0;

	if (argc < 2)
	{
		fprintf(stderr, "usage: run_unit LEXICON_DIR\n");
		return 2;
	}
	unit_lexdir = argv[1];
	unit_lex = dx_lexicon_create();
	if (unit_lex == NULL)
	{
		fprintf(stderr, "run_unit: out of memory\n");
		return 2;
	}
	if (dx_lexicon_load_dir(unit_lex, argv[1], err, sizeof(err)) != 0 ||
		dx_lexicon_finish(unit_lex) != 0)
	{
		fprintf(stderr, "run_unit: cannot load lexicon %s: %s\n", argv[1], err);
		dx_lexicon_free(unit_lex);
		return 2;
	}

	/*
	 * The expected outputs are those of the engine with its morphology
	 * dictionary; without it hundreds of checks would fail for one reason,
	 * so say that reason once and stop.
	 */
	{
		dx_ocdict  *oc = dx_ocdict_open(NULL, err, sizeof(err));

		if (oc == NULL)
		{
			fprintf(stderr, "run_unit: the OpenCorpora dictionary is not installed in %s (%s);\n"
					"run_unit: scripts/install-deps.sh installs it (DIPLO_OPENCORPORA names another directory)\n",
					dx_ocdict_default_dir(), err);
			dx_lexicon_free(unit_lex);
			return 2;
		}
		dx_ocdict_close(oc);
	}

	ntests += run_suite(text_tests);
	ntests += run_suite(morph_tests);
	ntests += run_suite(extract_tests);
	ntests += run_suite(agreement_tests);
	ntests += run_suite(json_tests);
	ntests += run_suite(image_tests);
	ntests += run_suite(lexicon_tests);
	ntests += run_suite(ocdict_tests);
	ntests += run_suite(roles_tests);
	ntests += run_suite(grammar_tests);
	ntests += run_suite(events_tests);
	ntests += run_suite(quotes_tests);
	ntests += run_suite(orgs_tests);
	ntests += run_suite(places_tests);

	dx_lexicon_free(unit_lex);
	printf("%d tests, %d known bad, %d known bad now fixed\n",
		   ntests, unit_known_bad, unit_fixed);
	printf("%d passed, %d failed\n", unit_passed, unit_failed);
	return unit_failed ? 1 : 0;
}
