/*
 * support.c - what the lexicon cache and the extraction both use, below
 * them both: the engine's interrupt callback and dates as YYYYMMDD.
 */
#include "postgres.h"

#include "miscadmin.h"
#include "utils/date.h"
#include "utils/datetime.h"

#include "diplo_pg.h"

/* Convert a date Datum to YYYYMMDD; 0 (unknown) for infinite or huge dates. */
int
diplo_date_to_yyyymmdd(Datum d)
{
	DateADT		date = DatumGetDateADT(d);
	int			y,
				m,
				day;

	if (DATE_NOT_FINITE(date))
		return 0;
	j2date(date + POSTGRES_EPOCH_JDATE, &y, &m, &day);
	if (y < 1 || y > 9999)
		return 0;
	return y * 10000 + m * 100 + day;
}

/*
 * The engine's interrupt callback (dx_options.interrupt, and
 * dx_lexicon_set_interrupt while a lexicon is compiled): stop the engine only for what ProcessInterrupts()
 * will turn into an error now: a termination (or a lost client) when
 * interrupts are not held off, a cancel (statement_timeout, lock_timeout,
 * pg_cancel_backend) when cancels are not held off either.  Every other
 * interrupt (a client connection check, a barrier, a memory context dump, a
 * parallel worker's message, ...) is served by the next CHECK_FOR_INTERRUPTS()
 * after the engine returns: stopping for one of them would only throw the
 * work away.
 */
int
diplo_interrupt(void *arg)
{
	if (!InterruptPending || InterruptHoldoffCount != 0 || CritSectionCount != 0)
		return 0;
	if (ProcDiePending || ClientConnectionLost)
		return 1;
	return QueryCancelPending && QueryCancelHoldoffCount == 0;
}
