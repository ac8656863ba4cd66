#!/usr/bin/env python3
"""gen.py - adversarial texts for the scaling and cancel tests.

    python3 test/scaling/gen.py --list              # names of the generators
    python3 test/scaling/gen.py NAME BYTES [LEXDIR] # one text of about BYTES bytes
    python3 test/scaling/gen.py --out DIR BYTES,BYTES... [NAME...]
                                                    # DIR/NAME.BYTES.txt for each

Each generator repeats one pattern (or walks through the lexicon's terms of
one kind) until the text reaches BYTES bytes, cut at a character boundary.
The texts are what a pass that is not linear in its input chokes on: the
same document, cue or quotation mark thousands of times, lists of thousands
of names, sentences that never end.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LEXDIR = os.path.join(HERE, '..', '..', 'data', 'lexicon')

SYLL = ['ва', 'ро', 'ми', 'ла', 'ке', 'ну', 'ди', 'со', 'та', 'пе', 'зу', 'го', 'бы', 'ше', 'ре', 'ли']


def word(i, n=3):
    """a made-up word, different for each i"""
    s = ''
    for _ in range(n):
        s += SYLL[i % 16]
        i //= 16
    while i:
        s += SYLL[i % 16]
        i //= 16
    return s


def terms(kind, lexdir):
    out = []
    for f in sorted(os.listdir(lexdir)):
        if not f.endswith('.tsv'):
            continue
        with open(os.path.join(lexdir, f), encoding='utf-8') as fh:
            for line in fh:
                if line.startswith('#'):
                    continue
                c = line.rstrip('\n').split('\t')
                if len(c) > 1 and c[0] == kind and c[1]:
                    out.append(c[1].rstrip('*'))
    return out or ['слово']


def cycle(parts):
    def g(i):
        return parts[i % len(parts)]
    return g


def gens(lexdir):
    g = {}
    # the text: the same signing of the same document, never closed
    g['sign'] = lambda i: 'подписали Декларацию «о '
    g['sign-closed'] = lambda i: 'Россия и Китай подписали Соглашение о сотрудничестве. '
    g['sign-distinct'] = lambda i: 'подписали соглашение о %s ' % word(i)
    g['sign-nostop'] = lambda i: 'Лавров и Ван И подписали меморандум о %s и договор о %s, ' % (word(i), word(i + 7))
    # quotation marks
    g['quote'] = lambda i: 'Лавров заявил: «Мы готовы к диалогу». '
    g['quote-open'] = lambda i: '«'
    g['quote-close'] = lambda i: 'слово» '
    g['quote-nested'] = lambda i: '«%s „' % word(i)
    g['quote-unclosed'] = lambda i: 'Путин сказал: «мы %s ' % word(i)
    # sentence marks without spaces: a run of them is one sentence end
    g['dots'] = lambda i: '.'
    g['marks'] = lambda i: '?!.…»)'[i % 6]
    # names: a chain of particles after one name word (once recursed as
    # deep as it was long), initials, hyphenated parts, brackets
    g['particles'] = lambda i: 'Альфа ' if i == 0 else 'фон '
    g['initials'] = lambda i: 'А. '
    g['hyphens'] = lambda i: 'Аб-'
    g['brackets'] = lambda i: '(['[i % 2]
    g['quote-straight'] = lambda i: '"%s ' % word(i).capitalize()
    # names and capitals
    given = terms('given_name', lexdir)
    g['names'] = lambda i: '%s %sов, ' % (given[i % len(given)].capitalize(), word(i).capitalize())
    persons = terms('person', lexdir)
    g['persons'] = lambda i: '%s, ' % ' '.join(w.capitalize() for w in persons[i % len(persons)].split())
    g['caps'] = lambda i: '%s ' % word(i).capitalize()
    g['caps-same'] = lambda i: 'Альфа '
    cs0 = [t.capitalize() for t in terms('country', lexdir) if ' ' not in t]
    g['nostop'] = lambda i: 'министр %s встретился с послом и обсудил %s, ' % (word(i), word(i + 3))
    # offices: a chain joined by commas, a plural shared by a list of names,
    # a clause of holding a post with its time, an object of appointing
    g['office-chain-nostop'] = lambda i: 'министр %s, народный депутат, ' % word(i)
    g['plural-office-nostop'] = lambda i: 'министры иностранных дел %s и %s Иван %sов и Пётр %sов, ' % (
        word(i).capitalize(), word(i + 1).capitalize(), word(i + 2).capitalize(), word(i + 3).capitalize())
    g['holding-clause-nostop'] = lambda i: 'Иван %sов, занимающий с 2019 года пост министра %s, ' % (
        word(i).capitalize(), word(i + 5))
    g['appoint-nostop'] = lambda i: 'назначил Ивана %sова министром %s, ' % (word(i).capitalize(), word(i + 2))
    # one plural office before a list of names, or of states, that never ends
    g['plural-names-nostop'] = lambda i: 'Народные депутаты ' if i == 0 else 'Иван %sов, ' % word(i).capitalize()
    g['plural-states-nostop'] = lambda i: 'Послы ' if i == 0 else '%s и ' % cs0[i % len(cs0)]
    g['countries'] = cycle([t.capitalize() + ' ' for t in terms('country', lexdir)])
    cs = [t.capitalize() for t in terms('country', lexdir) if ' ' not in t]
    # talks and visits of ever other pairs of states
    g['talks-pairs'] = lambda i: '%s и %s провели переговоры. ' % (cs[i % len(cs)], cs[(i * 7 + 1) % len(cs)])
    g['visit-pairs'] = lambda i: 'Президент %s посетил %s. ' % (cs[i % len(cs)], cs[(i * 13 + 5) % len(cs)])
    g['talks-nostop'] = lambda i: '%s и %s провели переговоры, ' % (cs[i % len(cs)], cs[(i * 7 + 1) % len(cs)])
    # a list of capitals, each read as a place after the one before it
    g['capital-list'] = lambda i: 'Пхеньян, '
    # words that hold hundreds of lexicon entries: Сан-, -, дел
    g['lex-hyphenated'] = lambda i: '„ Эмбер Сан-Марино Би-би-си Министерство внутренних дел '
    g['amounts'] = lambda i: '%d млрд долларов на %s, ' % (i % 1000 + 1, word(i))
    g['dates'] = lambda i: '%d мая 2024 года, ' % (i % 28 + 1)
    # each kind of cue of the lexicon, walked through
    for kind in ('doc_type', 'verb', 'event', 'office', 'org_type', 'org_head', 'currency',
                 'country_adj', 'org', 'capital', 'city', 'cue'):
        ts = terms(kind, lexdir)
        g['lex-' + kind] = (lambda ts: lambda i: ts[i % len(ts)] + ' ')(ts)
        # and the first one repeated
        g['rep-' + kind] = (lambda t: lambda i: t + ' ')(ts[0])
    # mixes
    mix = ['sign', 'quote-unclosed', 'names', 'caps', 'lex-doc_type', 'lex-verb', 'amounts',
           'lex-office', 'quote-nested']

    def mixed(i):
        return g[mix[(i // 7) % len(mix)]](i)
    g['mix'] = mixed
    g['mix-sentences'] = lambda i: (g[mix[i % len(mix)]](i) + '. ')
    return g


_GENS = {}


def make(name, size, lexdir=LEXDIR):
    if lexdir not in _GENS:
        _GENS[lexdir] = gens(lexdir)
    g = _GENS[lexdir][name]
    parts = []
    n = 0
    i = 0
    while n < size:
        p = g(i).encode('utf-8')
        parts.append(p)
        n += len(p)
        i += 1
    b = b''.join(parts)[:size]
    return b.decode('utf-8', 'ignore').encode('utf-8')


def main(argv):
    if len(argv) >= 2 and argv[1] == '--list':
        print('\n'.join(sorted(gens(argv[2] if len(argv) > 2 else LEXDIR))))
        return 0
    if len(argv) >= 4 and argv[1] == '--out':
        sizes = [int(x) for x in argv[3].split(',')]
        names = argv[4:] or sorted(gens(LEXDIR))
        for name in names:
            for size in sizes:
                with open(os.path.join(argv[2], '%s.%d.txt' % (name, size)), 'wb') as f:
                    f.write(make(name, size))
        return 0
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    lexdir = argv[3] if len(argv) > 3 else LEXDIR
    sys.stdout.buffer.write(make(argv[1], int(argv[2]), lexdir))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
