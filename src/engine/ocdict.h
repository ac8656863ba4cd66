/*
 * ocdict.h - reader of the OpenCorpora morphological dictionary in the
 * compiled pymorphy2 format as re-encoded by the npm package az 0.2.3
 * (CP1251 keys, 7-bit payloads; see README "Morphological dictionary").
 *
 * The files are mapped read only and checked when opened; every walk over
 * them is bounded, so a damaged or truncated file gives an error at open or
 * no analyses, never a read outside the mapping.
 *
 * Words are given in UTF-8, in any case; they are looked up lower-cased,
 * with ё tried at every е.  Everything returned is UTF-8.
 */
#ifndef DX_OCDICT_H
#define DX_OCDICT_H

#include <stddef.h>
#include <stdint.h>

/* where scripts/install-deps.sh puts the dictionary; DIPLO_OPENCORPORA overrides */
#ifndef DX_OCDICT_DEFAULT_DIR
#define DX_OCDICT_DEFAULT_DIR "/usr/local/share/diplo_extract/opencorpora"
#endif

/*
 * Grammemes, one bit each in a uint64_t (the tag's lexeme and form parts
 * together).  Grammemes of the tag table not listed here are kept only in
 * the tag string (dx_ocdict_tag).
 */
#define DX_GRAMMEMES(X) \
	X(NOUN) X(ADJF) X(ADJS) X(COMP) X(VERB) X(INFN) X(PRTF) X(PRTS) \
	X(GRND) X(NUMR) X(ADVB) X(NPRO) X(PRED) X(PREP) X(CONJ) X(PRCL) \
	X(INTJ) \
	X(nomn) X(gent) X(datv) X(accs) X(ablt) X(loct) X(voct) X(gen2) \
	X(acc2) X(loc2) \
	X(sing) X(plur) X(masc) X(femn) X(neut) X(Ms_f) \
	X(pres) X(past) X(futr) X(perf) X(impf) X(indc) X(impr) \
	X(actv) X(pssv) X(per1) X(per2) X(per3) X(anim) X(inan) \
	X(Name) X(Surn) X(Patr) X(Geox) X(Orgn) X(Abbr) X(Init) X(Fixd) \
	X(Sgtm) X(Pltm) X(Apro) X(Anum) X(Supr) X(Qual) X(Poss)

enum
{
#define DX_G_ENUM(g) DX_GI_##g,
	DX_GRAMMEMES(DX_G_ENUM)
#undef DX_G_ENUM
	DX_GI_COUNT
};

#define DX_G(g) (((uint64_t) 1) << DX_GI_##g)
#define DX_G_CASES (DX_G(nomn) | DX_G(gent) | DX_G(datv) | DX_G(accs) | DX_G(ablt) | \
					DX_G(loct) | DX_G(voct) | DX_G(gen2) | DX_G(acc2) | DX_G(loc2))
#define DX_G_GENDERS (DX_G(masc) | DX_G(femn) | DX_G(neut) | DX_G(Ms_f))
#define DX_G_NUMBERS (DX_G(sing) | DX_G(plur))
#define DX_G_NAMES (DX_G(Name) | DX_G(Surn) | DX_G(Patr) | DX_G(Geox) | DX_G(Orgn))
#define DX_G_POS (DX_G(NOUN) | DX_G(ADJF) | DX_G(ADJS) | DX_G(COMP) | DX_G(VERB) | \
				  DX_G(INFN) | DX_G(PRTF) | DX_G(PRTS) | DX_G(GRND) | DX_G(NUMR) | \
				  DX_G(ADVB) | DX_G(NPRO) | DX_G(PRED) | DX_G(PREP) | DX_G(CONJ) | \
				  DX_G(PRCL) | DX_G(INTJ))

/* longest word handled, in bytes of CP1251 (= letters) */
#define DX_OC_MAXWORD 64

typedef struct dx_ocdict dx_ocdict;

/* One analysis of a word: a form of a lexeme. */
typedef struct dx_ocparse
{
	uint64_t	gram;			/* grammemes of the form's tag */
	uint32_t	count;			/* predicted: how many dictionary words have the
								 * ending with this analysis; 0 when known */
	uint32_t	prob;			/* known, of several: P(tag | word) x 10^6 from
								 * the corpus (p_t_given_w), 0 when not counted */
	uint16_t	para;			/* paradigm */
	uint16_t	form;			/* form index within the paradigm */
	uint16_t	tag;			/* tag id (dx_ocdict_tag) */
	uint8_t		predicted;		/* 1: guessed from the ending */
	uint8_t		ending;			/* predicted: length of the ending used */
	uint8_t		stemlen;
	unsigned char stem[DX_OC_MAXWORD];	/* CP1251 */
} dx_ocparse;

/*
 * Open the dictionary in dir (NULL: $DIPLO_OPENCORPORA, else
 * DX_OCDICT_DEFAULT_DIR).  NULL on error, with a message in err.
 */
dx_ocdict  *dx_ocdict_open(const char *dir, char *err, size_t errlen);
void		dx_ocdict_close(dx_ocdict *d);

/* the directory dx_ocdict_open(NULL, ...) reads */
const char *dx_ocdict_default_dir(void);

/* bytes mapped and allocated */
size_t		dx_ocdict_memory(const dx_ocdict *d);

/*
 * Analyses of a word known to the dictionary, at most max: the most
 * probable first by P(tag | word) where the corpus counted the word, else in
 * the dictionary's order.  Returns their number (0 when unknown).
 */
int			dx_ocdict_lookup(const dx_ocdict *d, const char *word, size_t len,
							 dx_ocparse *out, int max);

/*
 * pymorphy2's prediction for a word: the analyses of the longest ending (5
 * letters at most, the word keeping at least one letter of stem) known from
 * the dictionary, for each paradigm prefix ("", "по", "наи") the word
 * starts with; only productive parts of speech.  count holds how often the
 * ending had the analysis.  Returns the number of analyses.
 */
int			dx_ocdict_predict(const dx_ocdict *d, const char *word, size_t len,
							  dx_ocparse *out, int max);

/* lookup, and prediction when the word is unknown */
int			dx_ocdict_analyse(const dx_ocdict *d, const char *word, size_t len,
							  dx_ocparse *out, int max);

/* the tag as a string ("NOUN,anim,masc,Sgtm,Surn sing,gent"), "" when out of range */
const char *dx_ocdict_tag(const dx_ocdict *d, int tag);

/* number of forms of the analysis' lexeme (0 if the analysis is invalid) */
int			dx_ocdict_nforms(const dx_ocdict *d, const dx_ocparse *p);

/*
 * Form i of the analysis' lexeme, NUL-terminated UTF-8 in buf, its grammemes
 * in *gram (may be NULL).  Returns its length in bytes, -1 when i is out of
 * range or buf too small.
 */
int			dx_ocdict_form(const dx_ocdict *d, const dx_ocparse *p, int i,
						   char *buf, size_t buflen, uint64_t *gram);

/* the normal form (form 0: pymorphy2's; masculine for a surname) */
int			dx_ocdict_lemma(const dx_ocdict *d, const dx_ocparse *p,
							char *buf, size_t buflen);

/*
 * The first form of the lexeme that has every grammeme of want and the same
 * grammemes as the analysis among keep: e.g. want DX_G(nomn), keep
 * DX_G_POS | DX_G_GENDERS | DX_G_NUMBERS | DX_G_NAMES puts a feminine
 * surname into the feminine nominative (pymorphy2's normal form of a surname
 * is masculine, of a patronymic the given name).  Returns the length, -1 when there is no such form.
 */
int			dx_ocdict_inflect(const dx_ocdict *d, const dx_ocparse *p,
							  uint64_t want, uint64_t keep,
							  char *buf, size_t buflen);

#endif							/* DX_OCDICT_H */
