/* lexicon.h - the compiled lexicon: entries, their words and a form index. */
#ifndef DX_LEXICON_H
#define DX_LEXICON_H

#include <stdint.h>
#include "diplo.h"
#include "arena.h"
#include "ocdict.h"

typedef enum lex_kind
{
	LK_NONE = 0,
	LK_COUNTRY,
	LK_COUNTRY_ADJ,
	LK_CAPITAL,
	LK_CITY,
	LK_REGION,
	LK_ORG,
	LK_ORG_HEAD,
	LK_PERSON,
	LK_GIVEN,
	LK_OFFICE,
	LK_DOC,
	LK_EVENT,
	LK_CURRENCY,
	LK_VERB,
	LK_ORG_TYPE,				/* head noun of organisation names */
	LK_FORMER_STATE,			/* a state that no longer exists: claimed, not reported */
	LK_SURNAME,					/* last word of a person entry, indexed alone */
	LK_CUE,						/* a cue word of a class the rules ask for */
	LK__COUNT
} lex_kind;

/*
 * Classes of cue words (kind "cue", the class in the code column).  The
 * words are rows of the lexicon (data/lexicon/cues.tsv, diplo.lexicon); a
 * rule asks whether a token's form is of a class (dx_tok_has_cue), which
 * the matcher resolves once per distinct form.  A term ending in '*' is a
 * prefix of the form, any other term the whole form (no inflection).
 * A class is of words of a meaning; closed grammatical words (в, и, не,
 * который, наш) are the grammar table's flags (grammar.h), no class.
 */
typedef enum dx_cue
{
	CUE_FUTURE = 0,				/* future: будет, предстоящ, планир */
	CUE_PLAN_STRONG,			/* plan_strong: puts a whole sentence in the future */
	CUE_PLAN,					/* plan: near an event word, it is planned */
	CUE_MODAL,					/* modal: a signing only intended */
	CUE_IN_FORCE,				/* in_force: выполнение, действие (of a document) */
	CUE_WANT,					/* want: a verbal noun only wanted (намерение) */
	CUE_WEAK_ADJ,				/* weak_adj: adjectives that do not name a document */
	CUE_CANCEL,					/* cancel: an event skipped or called off */
	CUE_AUDIENCE,				/* audience: a meeting with them is no diplomacy */
	CUE_PROPOSE,				/* propose: an event only proposed */
	CUE_FIRM,					/* firm: talks with firms are trade */
	CUE_PLACE_NOUN,				/* place_noun: визит на острова */
	CUE_RANK,					/* rank: полковник between an office and a name */
	CUE_LATIN_STOP,				/* latin_stop: Latin terms that are no body (covid) */
	CUE_LATIN_THING,			/* latin_thing: a noun before a Latin name of a thing */
	CUE_ABBR_STOP,				/* abbr_stop: abbreviations of things (СМИ, ВВП) */
	CUE_ROS_WORD,				/* ros_word: рос- words that are no body (роспуск) */
	CUE_COMPANY_HEAD,			/* company_head: компания before a bare name */
	CUE_DELEGATION,				/* delegation: делегации, главы (+ the states of the sides) */
	CUE_SIDES,					/* sides: двусторонние, глав: the sides met */
	CUE_JOINT,					/* joint: совместная, главы: a joint briefing */
	CUE_NAME_PARTICLE,			/* name_particle: фон, де, ибн inside a name */
	CUE_ZERO_GEN_PLURAL,		/* zero_gen_plural: государств, стран */
	CUE_PLACE_CONTEXT,			/* place_context: мэр, аэропорт before a capital */
	CUE_DOMAIN,					/* domain: ру, рф after Лента. */
	CUE_MALE_NAME_IN_A,			/* male_name_in_a: Илья, Никита (not women's) */
	CUE_SAID_DOC,				/* said_doc: заявление, a document only when signed */
	CUE_DOUBT,					/* doubt: под вопросом, под угрозой */
	CUE_FUTURE_ADJ,				/* future_adj: будущее, новое соглашение */
	CUE_SIDELINES,				/* sidelines: полях: на полях саммита */
	CUE_PARTICIPATION,			/* participation: участие: the event goes on */
	CUE_CONVERSATION,			/* conversation: беседа: в беседе с РБК */
	CUE_FRAME,					/* frame: время, ходе, рамках: во время визита */
	CUE_BILATERAL,				/* bilateral: двусторонние встречи с А и Б */
	CUE_CHAIRING,				/* chairing: председательствовал на встрече */
	CUE_DELEGATION_NOUN,		/* delegation_noun: делегация before a state */
	CUE_YEAR_WORD,				/* year_word: год, лет after a number */
	CUE_TERM,					/* term: срок, сроком */
	CUE_FIELD_NOUN,				/* field_noun: област*, сфер* */
	CUE_TOOK_PLACE,				/* took_place: состоялось, прошла, по итогам */
	CUE_DRAFT,					/* draft: проект* */
	CUE_BOTH_SIDES,				/* both_sides: наши, двусторонний, обеих, межправительственный, стороны */
	CUE_PARTY_NOUN,				/* party_noun: стран*, сторон*, государств* */
	CUE_ORGAN,					/* organ: комисси*, парламент*, ассамбле*, секретариат*, суд */
	CUE_OFFICE_GENERIC,			/* office_generic: an office that says nothing alone: глава, руководитель */
	CUE_OFFICE_TOPIC,			/* office_topic: вопросам, делам after по in an office */
	CUE_BY_WORDS,				/* by_words: словам: по словам X */
	CUE_OPINION,				/* opinion: настроен*, счита*: a view held */
	CUE_FOREIGN_AFFAIRS,		/* foreign_affairs: иностранных (дел) in a role */
	CUE_GEO_NOUN,				/* geo_noun: река, деревня before a place's own name */
	CUE_BODY_PREFIX,			/* body_prefix: рос*, мосгор*: Росстат, Мосгордума */
	CUE_PLACE_HEAD,				/* place_head: море, площадь after a capitalised adjective */
	CUE_ABOUT_TRADE,			/* about_trade: a sum near it is of trade */
	CUE_ABOUT_INVESTMENT,		/* about_investment: a sum near it is of investment */
	CUE_ABOUT_CREDIT,			/* about_credit: a sum near it is of credit */
	CUE_ABOUT_AID,				/* about_aid: a sum near it is of aid */
	CUE_ABOUT_CONTRACT,			/* about_contract: a sum near it is of contract */
	CUE_ABOUT_BUDGET,			/* about_budget: a sum near it is of budget */
	CUE_ABOUT_DEBT,				/* about_debt: a sum near it is of debt */
	CUE_ABOUT_SANCTIONS,		/* about_sanctions: a sum near it is of sanctions */
	CUE_TRADE_UNION,			/* trade_union: профсоюз, a side that is no state */
	CUE_LINK_VERB,				/* link_verb: был, стал, назначен (+ an office) */
	CUE_POST_NOUN,				/* post_noun: должность, пост (+ an office) */
	CUE_FORMER,					/* former: бывший, экс- before an office */
	CUE_NAMED_AFTER,			/* named_after: имени, им. before a person's name in a body's */
	CUE_STREET_NOUN,			/* street_noun: площадь, улица before a name in the genitive */
	CUE_AIDE,					/* aide: советник, помощник: a post held for a person */
	CUE_PRIVATE_DOC,			/* private_doc: трудовой, пенсионный, о доходах: a document of persons or firms */
	CUE_SPEECH_NOUN,			/* speech_noun: слова, выступления, интервью of a person quoted */
	CUE_SPOKESMAN,				/* spokesman: представитель speaking for another */
	CUE_SOURCE_NOUN,			/* source_noun: источник, собеседник: someone unnamed speaks */
	CUE_OFFICE_RANK,			/* office_rank: первый, главный before an office */
	CUE_LEGAL_FORM,				/* legal_form: АГ, Ltd, Б.В. closing a company's name */
	CUE_OFF_EARTH,				/* off_earth: Луна, МКС: a place that is not on the Earth's map */
	CUE_APPOINTED,				/* appointed: назначен, избран, утверждённый: the office given in the story */
	CUE_SOURCE_WORD,			/* source_word: передает, со ссылкой (на), в интервью before a quoted source */
	CUE_CALL_VERB,				/* call_verb: назвал, считает: a quoted name after it is a thing's */
	CUE_SPORT_ROLE,				/* sport_role: тренер, защитник before a club's quoted name */
	CUE_WORLD_SIDE,				/* world_side: запад, восток: a side of the world, capitalised a bloc of states */
	CUE_NAME_LINK,				/* name_link: бен, бинт, Аль: a link that continues an Arabic name */
	CUE_CITY_STATUS,			/* city_status: столицей, неделимым: a capital before it is the city */
	CUE_PROSPECT,				/* prospect: возможный, ожидает, не исключил: an event spoken of as a prospect */
	CUE_PO_CLAUSE,				/* po_clause: итогам, данным: "по" before it opens a clause, not a topic */
	CUE_PHONE,					/* phone: телефону: "по телефону" makes a verb of talks a call */
	CUE_GATHER,					/* gather: собрались, съехались: officials gathered, a meeting */
	CUE_STATE_WORD,				/* state_word: страны: the state told before, closing an office's words */
	CUE_TITLE,					/* title: академик, профессор, член: a title describing a person, not an office */
	CUE_HOLDS_POST,				/* holds_post: стал, займет, занимающий: a post held now or taken */
	CUE_NOW_ADVERB,				/* now_adverb: ныне, сейчас, теперь before an office held now */
	CUE_REPLACE_VERB,			/* replace_verb: сменил, заменит: the subject takes the post of the object */
	CUE_PROFESSION,				/* profession: политолог, адвокат: a profession describing a person, no office held */
	CUE_TOPIC_BODY,				/* topic_body: комиссии, комитета: a body whose own name a topic after «по» ends */
	CUE_ENTER_POST,				/* enter_post: вступил, заступил (в должность, на пост): the post taken */
	CUE_STILL_ADVERB,			/* still_adverb: по-прежнему, всё ещё, до сих пор (each word) */
	CUE_APPOINT_VERB,			/* appoint_verb: назначил, избрали: the object takes the office */
	CUE_DUTY_NOUN,				/* duty_noun: (к исполнению) обязанностей: the duties of the office after them taken up */
	CUE_HEAD_VERB,				/* head_verb: возглавил, возглавляет: the name heads the body, a ministry's minister */
	CUE_HONORIFIC,				/* honorific: господин, г-жа, шейх: a form of address before a name, no office */
	CUE_HONORIFIC_PERSON,		/* honorific_person: господин, госпожа: the surname after it is a person's */
	CUE_HONORIFIC_WOMAN,		/* honorific_woman: госпожа, (г-)жа: the person after it is a woman */
	CUE_HONORIFIC_ABBR,			/* honorific_abbr: г, н, жа: the letters of г-н, г-жа, an honorific */
	CUE_CAPACITY,				/* capacity: как, (в) качестве: the office after it is the one the name before it acts in */
	CUE_BODY_ABBR,				/* body_abbr: НПО, ООО: the abbreviation of a body's kind, standing as its noun */
	CUE_PARTY_MEMBER,			/* party_member: республиканец, лейборист: a member of a party before a name, no office */
	CUE_LEAVE_VERB,				/* leave_verb: покинет, оставит (пост): a post to leave, held still */
	CUE_CHURCH_TITLE,			/* church_title: патриарх, митрополит: a bishop's title, before his see and his name */
	CUE_SUCCESSOR_NOUN,			/* successor_noun: преемник, преемница: the one after another in a post */
	CUE_TIME_NOUN,				/* time_noun: понедельник, мая, вечером: a day, month or time of day */
	CUE_BODY_POST,				/* body_post: секретарь: a post only with the body it serves in the genitive */
	CUE_NO_POST,				/* no_post: автор, инвестор: a noun of an agent's ending naming one's part in a matter, no post */
	CUE_COLLEAGUE,				/* colleague: коллега, коллегой: one holding the same office as another */
	CUE_OWN_ADJ,				/* own_adj: своим, своего: the possessive of the clause's subject */
	CUE_LEAD_VERB,				/* lead_verb: руководит, руководящий: a verb of heading (head_verb) with the instrumental */
	CUE_NAMED_FOR,				/* named_for: фонд, премия, улица: a thing named after a person */
	CUE__COUNT
} dx_cue;

/* a set of cue classes, a bit each: the classes of one word form */
#define DX_CUE_WORDS 2
typedef struct dx_cueset
{
	uint64_t	w[DX_CUE_WORDS];
} dx_cueset;

static inline void
dx_cueset_add(dx_cueset *s, int cue)
{
	s->w[cue >> 6] |= UINT64_C(1) << (cue & 63);
}

static inline int
dx_cueset_has(const dx_cueset *s, int cue)
{
	return (int) ((s->w[cue >> 6] >> (cue & 63)) & 1u);
}

static inline void
dx_cueset_or(dx_cueset *a, const dx_cueset *b)
{
	int			i;

	for (i = 0; i < DX_CUE_WORDS; i++)
		a->w[i] |= b->w[i];
}

/* the class named by a cue row's code, -1 if none */
int			dx_cue_class(const char *code);
const char *dx_cue_name(int cue);
uint64_t	dx_cue_names_digest(void);

typedef struct lex_word
{
	const char *low;			/* normalised lemma */
	uint8_t		type;			/* dx_toktype of the word */
	uint8_t		cap;			/* written with a capital: text must be too */
	uint8_t		allcaps;
	uint8_t		prefix;			/* ends in '*' */
} lex_word;

typedef struct lex_entry
{
	uint8_t		kind;
	int16_t		cue;			/* cue: the class its code names
								 * (dx_cue_class), resolved once when the
								 * row is added; -1 for any other entry */
	const char *term;
	const char *code;
	const char *name;
	const char *country;
	const char *role;
	int			valid_from;
	int			valid_to;
	int			w0;				/* first word in lex->words */
	int			nw;
	const char *role_class;		/* person: the office class of its role */
	int			next_same;		/* person, surname: next entry of the same term, -1 */
	int			first_same;		/* person, surname: first entry of the same term */
} lex_entry;

/*
 * The postings of one form lie next to each other in lex->posts, in
 * descending (entry, word) order, each (entry, word) once: a walk along
 * next reads memory in order and a search for one entry may stop early.
 */
typedef struct lex_posting
{
	int			entry;
	int			word;
	int			next;			/* next posting of the same form, -1 */
} lex_posting;

typedef struct lex_slot
{
	uint32_t	hash;
	uint32_t	key;			/* offset + 1 of the form in lex->keys; 0: empty */
	int			first;			/* first posting */
} lex_slot;

/* a row dx_lexicon_add refused, kept to be reported again with an image */
typedef struct lex_reject
{
	int			row;			/* 0-based number among the rows added */
	const char *msg;
} lex_reject;

struct dx_lexicon
{
	dx_arena	arena;
	lex_entry  *entries;
	int			nentries;
	int			cap_entries;
	lex_word   *words;
	int			nwords;
	int			cap_words;
	lex_posting *posts;
	int			nposts;
	int			cap_posts;
	lex_slot   *slots;
	uint32_t	nslots;			/* power of two */
	uint32_t	nused;
	char	   *keys;			/* the forms of the slots, NUL-terminated */
	size_t		nkeys;			/* bytes used */
	size_t		cap_keys;
	int			max_prefix;		/* longest '*' prefix, characters */
	uint64_t	prefix_lead[64];	/* bit per hash of a '*' prefix's first two
									 * characters: most words start no prefix */
	uint64_t	prefix_bloom[1024];	/* bit per hash of each '*' key: most
									 * lengths of a word's start are none */
	const char *state_name[26 * 26];	/* ISO alpha-2 -> the state's name */
	int			nrows;			/* rows added, taken or refused */
	lex_reject *rejects;
	int			nrejects;
	int			cap_rejects;
	int			finished;
	/* polled while the lexicon is finished: nonzero stops it */
	int			(*interrupt) (void *arg);
	void	   *interrupt_arg;
	/*
	 * Loaded from an image (lexicon_image.c): posts, slots, keys and the
	 * strings lie in it, read only; entries and words are in one malloc'd
	 * block.  NULL when built here.
	 */
	const void *image;
	size_t		image_len;
	void		(*image_release) (const void *image, size_t len);
	/*
	 * The OpenCorpora dictionary, mapped read only when the lexicon is
	 * finished or loaded from an image (once per lexicon, never per
	 * document); NULL when it is not installed.
	 */
	dx_ocdict  *morph_dict;
	/*
	 * What the matcher worked out for the forms of earlier documents
	 * (match.c): memory of this process, never in an image; NULL when
	 * there is none.
	 */
	struct dx_formcache *form_cache;
	/* the dictionary's analyses of earlier words (morph_dict.c), likewise */
	struct dx_parsecache *parse_cache;
};

/* give a finished or loaded lexicon its form cache (match.c) */
void		dx_lex_open_form_cache(dx_lexicon *lex);

/* open the dictionary for a finished lexicon (morph_dict.c) */
void		dx_lex_open_morph(dx_lexicon *lex);

lex_kind	dx_lex_kind(const char *name);
/* the canonical name of the state with this ISO code, or the code itself */
const char *dx_lex_state_name(const dx_lexicon *lex, const char *code);
/* first posting for a normalised form, -1 if none */
int			dx_lex_lookup(const dx_lexicon *lex, const char *low, int len);
/* postings of prefix entries matching the start of low: calls back per posting */
void		dx_lex_prefixes(const dx_lexicon *lex, const char *low,
							void (*cb) (int posting, void *arg), void *arg);

#endif
