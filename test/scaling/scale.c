/*
 * scale.c - measures the engine alone on files: for each FILE, the least CPU
 * time of RUNS extractions and the memory the extraction took (the bytes of
 * its result's arena, dx_result_memory), without the lexicon's load.
 *
 *   scale LEXDIR RUNS FILE...
 *
 * prints one line per file: "FILE BYTES SECONDS MEMORY STATUS GAP TURNS", GAP
 * the longest CPU time in seconds between two calls of the interrupt
 * callback (from the start to the first, between two, from the last to the
 * end): how long a cancel may wait; TURNS the calls of the callback in one
 * extraction, one per 1024 turns of the engine's polled loops: its work
 * counted, the same on any machine.
 *
 * The memory an extraction frees stays with the process (glibc's mallopt),
 * so that a run after the first writes to pages it already has: the least
 * time of the runs is the engine's work, not the kernel's zeroing of fresh
 * pages, whose cost comes and goes with the machine's memory.  The time
 * still grows with the caches a larger text outgrows; TURNS does not.
 */
#include "diplo.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double
cpu_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double last_poll,
			max_gap;
static long calls;

/* dx_options.interrupt: never stops, notes the longest time between calls */
static int
poll_gap(void *arg)
{
	double		now = cpu_now();

	if (arg != NULL)
		calls++;
	if (now - last_poll > max_gap)
		max_gap = now - last_poll;
	last_poll = now;
	return 0;
}

static char *
read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		n;

	if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 ||
		fseek(f, 0, SEEK_SET) != 0 || (buf = malloc(n + 1)) == NULL)
	{
		if (f)
			fclose(f);
		return NULL;
	}
	*len = fread(buf, 1, n, f);
	fclose(f);
	return buf;
}

int
main(int argc, char **argv)
{
	dx_lexicon *lex;
	char		err[512];
	int			runs,
				i,
				r;

	if (argc < 4)
	{
		fprintf(stderr, "usage: scale LEXDIR RUNS FILE...\n");
		return 2;
	}
	runs = atoi(argv[2]);
#ifdef __GLIBC__
	mallopt(M_MMAP_THRESHOLD, 1 << 30);
	mallopt(M_TRIM_THRESHOLD, 1 << 30);
#endif
	lex = dx_lexicon_create();
	if (lex == NULL || dx_lexicon_load_dir(lex, argv[1], err, sizeof(err)) != 0 ||
		dx_lexicon_finish(lex) != 0)
	{
		fprintf(stderr, "scale: %s\n", lex ? err : "out of memory");
		return 1;
	}
	for (i = 3; i < argc; i++)
	{
		size_t		len,
					mem = 0;
		char	   *text = read_file(argv[i], &len);
		double		best = 1e30,
					gap = 1e30;
		dx_status	st = DX_OK;
		dx_options	opts;

		memset(&opts, 0, sizeof(opts));
		opts.interrupt = poll_gap;
		opts.interrupt_arg = &calls;

		if (text == NULL)
		{
			fprintf(stderr, "scale: cannot read %s\n", argv[i]);
			return 1;
		}
		for (r = 0; r < runs; r++)
		{
			double		t0 = cpu_now(),
						t;
			dx_result  *res;

			last_poll = t0;
			max_gap = 0;
			calls = 0;
			res = dx_extract(lex, text, len, &opts, &st);
			t = cpu_now() - t0;
			poll_gap(NULL);
			if (t < best)
				best = t;
			if (max_gap < gap)
				gap = max_gap;
			if (res != NULL)
				mem = dx_result_memory(res);
			dx_result_free(res);
		}
		printf("%s %zu %.6f %zu %d %.6f %ld\n", argv[i], len, best, mem, (int) st, gap, calls);
		free(text);
	}
	dx_lexicon_free(lex);
	return 0;
}
