/*
 * word-forms.c - reads words (UTF-8, one a line) on stdin and prints back
 * those that hunspell-ru's Russian dictionary accepts as they are written:
 * given a lower-case word, these are the forms of ordinary (lower-case)
 * Russian words, e.g. "года" (genitive of "год"), but not "москва", whose
 * dictionary entry is capitalised.
 *
 * usage: word-forms [AFF DIC]   (default /usr/share/hunspell/ru_RU.aff/.dic)
 * build: gcc word-forms.c $(pkg-config --cflags --libs hunspell)
 */
#include <hunspell.h>
#include <stdio.h>
#include <string.h>

int
main(int argc, char **argv)
{
	const char *aff = argc > 2 ? argv[1] : "/usr/share/hunspell/ru_RU.aff";
	const char *dic = argc > 2 ? argv[2] : "/usr/share/hunspell/ru_RU.dic";
	Hunhandle  *h;
	char		line[1024];

	h = Hunspell_create(aff, dic);
	if (h == NULL)
	{
		fprintf(stderr, "word-forms: cannot load %s\n", dic);
		return 1;
	}
	while (fgets(line, sizeof line, stdin) != NULL)
	{
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] != '\0' && Hunspell_spell(h, line))
			printf("%s\n", line);
	}
	Hunspell_destroy(h);
	return 0;
}
