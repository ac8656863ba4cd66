/*
 * icu-names: print Russian names known to ICU, for the lexicon generators.
 *
 *   icu-names countries CC...   -> "CC<TAB>ru display name<TAB>en display name"
 *   icu-names cities CC...      -> "CC<TAB>zone id<TAB>ru exemplar city"
 *
 * Build: gcc -O1 -o icu-names icu-names.c $(pkg-config --cflags --libs icu-i18n)
 */
#include <stdio.h>
#include <string.h>
#include <unicode/uloc.h>
#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/ustring.h>
#include <unicode/uenum.h>

static void
put(const UChar *s, int32_t len)
{
	char		buf[1024];
	int32_t		olen = 0;
	UErrorCode	st = U_ZERO_ERROR;

	u_strToUTF8(buf, sizeof(buf), &olen, s, len, &st);
	if (U_FAILURE(st))
		buf[0] = 0;
	fputs(buf, stdout);
}

int
main(int argc, char **argv)
{
	int			i;

	if (argc < 2)
		return 2;
	for (i = 2; i < argc; i++)
	{
		const char *cc = argv[i];
		char		loc[32];
		UChar		ub[512];
		UErrorCode	st = U_ZERO_ERROR;
		int32_t		n;

		if (strcmp(argv[1], "countries") == 0)
		{
			snprintf(loc, sizeof(loc), "und_%s", cc);
			printf("%s\t", cc);
			n = uloc_getDisplayCountry(loc, "ru", ub, 512, &st);
			if (U_SUCCESS(st))
				put(ub, n);
			putchar('\t');
			st = U_ZERO_ERROR;
			n = uloc_getDisplayCountry(loc, "en", ub, 512, &st);
			if (U_SUCCESS(st))
				put(ub, n);
			putchar('\n');
		}
		else if (strcmp(argv[1], "cities") == 0)
		{
			UEnumeration *en;
			const char *zid;
			int32_t		zlen;

			en = ucal_openTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION,
												cc, NULL, &st);
			if (U_FAILURE(st))
				continue;
			while ((zid = uenum_next(en, &zlen, &st)) != NULL && U_SUCCESS(st))
			{
				UChar		uz[128];
				UChar		pat[8];
				UDateFormat *df;
				UErrorCode	s2 = U_ZERO_ERROR;

				u_uastrcpy(uz, zid);
				u_uastrcpy(pat, "VVV");
				df = udat_open(UDAT_PATTERN, UDAT_PATTERN, "ru", uz, -1,
							   pat, -1, &s2);
				if (U_FAILURE(s2))
					continue;
				n = udat_format(df, 0.0, ub, 512, NULL, &s2);
				if (U_SUCCESS(s2))
				{
					printf("%s\t%s\t", cc, zid);
					put(ub, n);
					putchar('\n');
				}
				udat_close(df);
			}
			uenum_close(en);
		}
	}
	return 0;
}
