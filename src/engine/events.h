/*
 * events.h - the codes events.c reasons with.  Inside the engine an event's
 * type and status are these enums; they become the names of the public
 * result (dx_event in diplo.h: "visit", "planned", ...) only when events.c
 * publishes its events.  Not part of the engine's API.
 */
#ifndef DX_EVENTS_H
#define DX_EVENTS_H

/* the type of an event; the order of the names in events.c */
typedef enum dx_ev_type
{
	EV_VISIT,
	EV_TALKS,
	EV_PHONE_CALL,
	EV_SUMMIT,
	EV_BRIEFING,
	EV_SIGNING,
	EV_NTYPES,
	EV_NONE = EV_NTYPES			/* a lexicon code of no known type */
} dx_ev_type;

/* what the text says of it */
typedef enum dx_ev_status
{
	ES_OCCURRED,
	ES_PLANNED
} dx_ev_status;

/* the code of an event word's lexicon entry ("visit") as a type, EV_NONE */
dx_ev_type	dx_ev_type_of(const char *code);
/* the names of the result */
const char *dx_ev_type_name(dx_ev_type type);
const char *dx_ev_status_name(dx_ev_status status);

#endif
