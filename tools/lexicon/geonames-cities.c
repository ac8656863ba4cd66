/*
 * geonames-cities.c - prints the cities of Debian's libgeonames (geonames.org
 * places of 15,000 inhabitants and more) as "name<TAB>country<TAB>population",
 * names in the language of LANGUAGE (run with LANGUAGE=ru for Russian).
 */
#include <geonames.h>
#include <locale.h>
#include <stdio.h>

int
main(void)
{
	int			n,
				i;

	setlocale(LC_ALL, "");
	n = geonames_get_n_cities();
	for (i = 0; i < n; i++)
	{
		GeonamesCity *c = geonames_get_city(i);

		if (c == NULL)
			continue;
		printf("%s\t%s\t%u\n", geonames_city_get_name(c), geonames_city_get_country_code(c),
			   geonames_city_get_population(c));
		geonames_city_free(c);
	}
	return 0;
}
