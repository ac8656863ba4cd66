# Makefile - builds the diplo_extract extension (PGXS), its engine, the
# command-line driver and the engine's unit tests.

EXTENSION   = diplo_extract
EXTVERSION  = 0.4.0
MODULE_big  = diplo_extract

ENGINE_SRCS = $(sort $(wildcard src/engine/*.c))
PGLAYER_SRCS = $(sort $(wildcard src/pg/*.c))
OBJS        = $(ENGINE_SRCS:.c=.o) $(PGLAYER_SRCS:.c=.o)

LEXICON_TSV = $(sort $(wildcard data/lexicon/*.tsv))
# install scripts of every version, and the upgrades between them
DATA_built  = sql/$(EXTENSION)--0.1.0.sql sql/$(EXTENSION)--0.1.0--0.2.0.sql \
			  sql/$(EXTENSION)--0.2.0.sql sql/$(EXTENSION)--0.2.0--0.3.0.sql \
			  sql/$(EXTENSION)--0.3.0.sql sql/$(EXTENSION)--0.3.0--0.4.0.sql \
			  sql/$(EXTENSION)--$(EXTVERSION).sql

REGRESS      = $(patsubst test/sql/%.sql,%,$(sort $(wildcard test/sql/*.sql)))
REGRESS_OPTS = --inputdir=test
ISOLATION      = $(patsubst test/specs/%.spec,%,$(sort $(wildcard test/specs/*.spec)))
ISOLATION_OPTS = --inputdir=test --outputdir=.
ENCODING = UTF8
NO_LOCALE = 1

ICU_CFLAGS := $(shell pkg-config --cflags icu-uc)
ICU_LIBS   := $(shell pkg-config --libs icu-uc)

PG_CPPFLAGS = -Isrc/engine $(ICU_CFLAGS)
# PostgreSQL's own headers do not build cleanly under -Wextra
override PG_CFLAGS += -Wno-unused-parameter -Wno-missing-field-initializers
SHLIB_LINK  = $(ICU_LIBS)
EXTRA_CLEAN = bin test/unit/run_unit test/scaling/scale test/bench/ocdict_bench $(DATA_built) results regression.diffs regression.out output_iso

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# PGXS does not track headers: every object depends on the engine's.
$(OBJS): $(wildcard src/engine/*.h src/pg/*.h)

# The scripts: hand-written SQL plus the shipped lexicon rows, generated
# from data/lexicon/*.tsv (never edited by hand).  The install script of
# 0.2.0 is the one of 0.1.0 (without its lexicon rows) followed by the
# upgrade to 0.2.0, so that a new and an upgraded installation are the same.
sql/%.sql: sql/%.sql.in $(LEXICON_TSV) tools/build-sql.sh
	sh tools/build-sql.sh $< data/lexicon > $@.tmp && mv $@.tmp $@

sql/$(EXTENSION)--0.2.0.sql: sql/$(EXTENSION)--0.1.0.sql.in sql/$(EXTENSION)--0.1.0--0.2.0.sql tools/build-sql.sh
	{ echo '-- install script of diplo_extract 0.2.0: generated from the 0.1.0 script and the upgrade to 0.2.0'; \
	  sh tools/build-sql.sh sql/$(EXTENSION)--0.1.0.sql.in - | sed 1d && \
	  sed '/^\\echo Use/d' sql/$(EXTENSION)--0.1.0--0.2.0.sql; } > $@.tmp && mv $@.tmp $@

# The install script of 0.3.0: first the check of the schema that the
# upgrade to 0.3.0 starts with (before anything is created in it), then the
# 0.1.0 script, the upgrade to 0.2.0 (its lexicon rows left out: the upgrade
# to 0.3.0 replaces them) and the upgrade to 0.3.0.
sql/$(EXTENSION)--0.3.0.sql: sql/$(EXTENSION)--0.1.0.sql.in sql/$(EXTENSION)--0.1.0--0.2.0.sql.in sql/$(EXTENSION)--0.2.0--0.3.0.sql tools/build-sql.sh
	{ echo '-- install script of diplo_extract 0.3.0: generated from the 0.1.0 script and the upgrades to 0.2.0 and 0.3.0'; \
	  printf '%s\n' '\echo Use "CREATE EXTENSION diplo_extract" to load this file. \quit'; \
	  sed -n '/^-- @SCHEMA_GUARD_BEGIN@/,/^-- @SCHEMA_GUARD_END@/p' sql/$(EXTENSION)--0.2.0--0.3.0.sql && \
	  sh tools/build-sql.sh sql/$(EXTENSION)--0.1.0.sql.in - | sed '1d;/^\\echo Use/d' && \
	  sh tools/build-sql.sh sql/$(EXTENSION)--0.1.0--0.2.0.sql.in - | sed '/^\\echo Use/d' && \
	  sed '/^\\echo Use/d' sql/$(EXTENSION)--0.2.0--0.3.0.sql; } > $@.tmp && mv $@.tmp $@

# The install script of 0.4.0: the one of 0.3.0 made the same way (no
# lexicon rows in the upgrades before the last), then the upgrade to 0.4.0,
# which carries the lexicon rows.
sql/$(EXTENSION)--0.4.0.sql: sql/$(EXTENSION)--0.1.0.sql.in sql/$(EXTENSION)--0.1.0--0.2.0.sql.in sql/$(EXTENSION)--0.2.0--0.3.0.sql.in sql/$(EXTENSION)--0.3.0--0.4.0.sql tools/build-sql.sh
	{ echo '-- install script of diplo_extract 0.4.0: generated from the 0.1.0 script and the upgrades to 0.2.0, 0.3.0 and 0.4.0'; \
	  printf '%s\n' '\echo Use "CREATE EXTENSION diplo_extract" to load this file. \quit'; \
	  sed -n '/^-- @SCHEMA_GUARD_BEGIN@/,/^-- @SCHEMA_GUARD_END@/p' sql/$(EXTENSION)--0.2.0--0.3.0.sql.in && \
	  sh tools/build-sql.sh sql/$(EXTENSION)--0.1.0.sql.in - | sed '1d;/^\\echo Use/d' && \
	  sh tools/build-sql.sh sql/$(EXTENSION)--0.1.0--0.2.0.sql.in - | sed '/^\\echo Use/d' && \
	  sh tools/build-sql.sh sql/$(EXTENSION)--0.2.0--0.3.0.sql.in - | sed '/^\\echo Use/d' && \
	  sed '/^\\echo Use/d' sql/$(EXTENSION)--0.3.0--0.4.0.sql; } > $@.tmp && mv $@.tmp $@

# ------------------------------------------------------------ engine, without PostgreSQL
ENGINE_CC     ?= $(CC)
ENGINE_CFLAGS ?= -O2 -g -std=c99 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Werror
ENGINE_HDRS   = $(wildcard src/engine/*.h)

bin/diplo-extract: $(ENGINE_SRCS) $(ENGINE_HDRS) src/cli/main.c
	@mkdir -p bin
	$(ENGINE_CC) $(ENGINE_CFLAGS) $(ICU_CFLAGS) -Isrc/engine -o $@ $(ENGINE_SRCS) src/cli/main.c $(ICU_LIBS)

test/unit/run_unit: $(ENGINE_SRCS) $(ENGINE_HDRS) $(wildcard test/unit/*.c test/unit/*.h)
	$(ENGINE_CC) $(ENGINE_CFLAGS) $(ICU_CFLAGS) -Isrc/engine -o $@ $(ENGINE_SRCS) $(wildcard test/unit/*.c) $(ICU_LIBS)

.PHONY: cli unit
cli: bin/diplo-extract
unit: test/unit/run_unit
	test/unit/run_unit data/lexicon

# Benchmark (long; not part of scripts/test.sh): BENCH_ARTICLES=2000 for a quick run.
.PHONY: bench
bench:
	bash test/bench/run.sh

# Speed of the OpenCorpora reader on the sample texts (prints figures only).
test/bench/ocdict_bench: src/engine/ocdict.c src/engine/ocdict.h test/bench/ocdict_bench.c
	$(ENGINE_CC) $(ENGINE_CFLAGS) -Isrc/engine -o $@ src/engine/ocdict.c test/bench/ocdict_bench.c

.PHONY: ocbench
ocbench: test/bench/ocdict_bench
	test/bench/ocdict_bench data/samples/*.txt

# The scaling harness: the engine alone, timed per file (test/scaling.sh).
test/scaling/scale: $(ENGINE_SRCS) $(ENGINE_HDRS) test/scaling/scale.c
	$(ENGINE_CC) $(ENGINE_CFLAGS) $(ICU_CFLAGS) -Isrc/engine -o $@ $(ENGINE_SRCS) test/scaling/scale.c $(ICU_LIBS)
