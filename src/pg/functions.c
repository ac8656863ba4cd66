/* functions.c - the SQL-callable extraction functions diplo.mentions() ... diplo.extract() */
#include "postgres.h"

#include "funcapi.h"
#include "utils/fmgrprotos.h"
#include "utils/jsonb.h"

#include "diplo_pg.h"

/* The published date of the two-argument forms, 0 when absent or NULL. */
static int
published_arg(FunctionCallInfo fcinfo)
{
	if (PG_NARGS() < 2 || PG_ARGISNULL(1))
		return 0;
	return diplo_date_to_yyyymmdd(PG_GETARG_DATUM(1));
}

/* Shared body of the set-returning functions. */
static Datum
extract_rows(FunctionCallInfo fcinfo, diplo_rowkind kind)
{
	dx_result  *res;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;

	res = diplo_run_extract(fcinfo, PG_GETARG_DATUM(0), published_arg(fcinfo));
	PG_TRY();
	{
		diplo_emit_rows(fcinfo, kind, res);
	}
	PG_FINALLY();
	{
		diplo_release_result(res);
	}
	PG_END_TRY();
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(diplo_mentions);
PG_FUNCTION_INFO_V1(diplo_entities);
PG_FUNCTION_INFO_V1(diplo_agreements);
PG_FUNCTION_INFO_V1(diplo_events);
PG_FUNCTION_INFO_V1(diplo_amounts);
PG_FUNCTION_INFO_V1(diplo_quotes);
PG_FUNCTION_INFO_V1(diplo_extract);
PG_FUNCTION_INFO_V1(diplo_sentences);

Datum
diplo_mentions(PG_FUNCTION_ARGS)
{
	return extract_rows(fcinfo, DIPLO_ROWS_MENTIONS);
}

Datum
diplo_entities(PG_FUNCTION_ARGS)
{
	return extract_rows(fcinfo, DIPLO_ROWS_ENTITIES);
}

Datum
diplo_agreements(PG_FUNCTION_ARGS)
{
	return extract_rows(fcinfo, DIPLO_ROWS_AGREEMENTS);
}

Datum
diplo_events(PG_FUNCTION_ARGS)
{
	return extract_rows(fcinfo, DIPLO_ROWS_EVENTS);
}

Datum
diplo_amounts(PG_FUNCTION_ARGS)
{
	return extract_rows(fcinfo, DIPLO_ROWS_AMOUNTS);
}

Datum
diplo_quotes(PG_FUNCTION_ARGS)
{
	return extract_rows(fcinfo, DIPLO_ROWS_QUOTES);
}

/* the sentences' bounds, for the evidence the capture stores with each fact */
Datum
diplo_sentences(PG_FUNCTION_ARGS)
{
	return extract_rows(fcinfo, DIPLO_ROWS_SENTENCES);
}

/* diplo.extract(): the whole result as jsonb, written directly (result_jsonb.c). */
Datum
diplo_extract(PG_FUNCTION_ARGS)
{
	dx_result  *res;
	Jsonb	   *volatile result = NULL;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();

	res = diplo_run_extract(fcinfo, PG_GETARG_DATUM(0), published_arg(fcinfo));
	PG_TRY();
	{
		result = diplo_result_jsonb(res);
	}
	PG_FINALLY();
	{
		diplo_release_result(res);
	}
	PG_END_TRY();
	PG_RETURN_JSONB_P(result);
}
