"""Shared helpers for the lexicon generators (python3 standard library only)."""
import os
import re
import subprocess
import tempfile
import unicodedata
import gettext
import json

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.normpath(os.path.join(HERE, '..', '..'))
OUTDIR = os.path.join(TOP, 'data', 'lexicon')
ISO_JSON = '/usr/share/iso-codes/json'
LOCALEDIR = '/usr/share/locale'


def clean(s):
    """Normalise a name: NFC, no stress marks, straight apostrophe, one space."""
    s = unicodedata.normalize('NFD', s)
    s = s.replace('\u0301', '')
    s = unicodedata.normalize('NFC', s)
    s = s.replace('\u2019', "'").replace('\u00a0', ' ')
    s = re.sub(r'\s+', ' ', s).strip()
    return s


def yo_variant(s):
    """The same term spelt with е instead of ё (news write both)."""
    return s.replace('ё', 'е').replace('Ё', 'Е')


def iso_table(std):
    """Entries of an iso-codes standard and a Russian translation function."""
    with open(os.path.join(ISO_JSON, 'iso_%s.json' % std), encoding='utf-8') as f:
        data = json.load(f)[std]
    tr = gettext.translation('iso_%s' % std, localedir=LOCALEDIR,
                             languages=['ru'], fallback=True)

    def ru(s):
        t = tr.gettext(s)
        return None if t == s else clean(t)
    return data, ru


def iso_alpha2():
    data, _ = iso_table('3166-1')
    return {e['alpha_2'] for e in data}


def icu_helper():
    """Compile tools/lexicon/icu-names.c into a temporary directory."""
    d = tempfile.mkdtemp(prefix='lexicon-')
    exe = os.path.join(d, 'icu-names')
    flags = subprocess.run(['pkg-config', '--cflags', '--libs', 'icu-i18n'],
                           capture_output=True, text=True).stdout.split()
    if not flags:
        flags = ['-licui18n', '-licuuc', '-licudata']
    subprocess.run(['gcc', '-O1', '-o', exe, os.path.join(HERE, 'icu-names.c')]
                   + flags, check=True)
    return exe


def icu_run(exe, mode, codes):
    out = subprocess.run([exe, mode] + sorted(codes), capture_output=True,
                         text=True, check=True).stdout
    return [line.split('\t') for line in out.splitlines() if line]


def read_table(name, ncols):
    """Read a hand-written tab-separated input file of tools/lexicon."""
    rows = []
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            cols = line.split('\t')
            if len(cols) != ncols:
                raise SystemExit('%s:%d: %d columns, want %d'
                                 % (name, n, len(cols), ncols))
            rows.append([None if c == '-' else c for c in cols])
    return rows


def read_list(name):
    """A one-item-a-line list ('#' comments)."""
    out = []
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)[0].strip()
            if line:
                out.append(line)
    return out


class Writer:
    """Collects rows, drops duplicate (kind, term, code), writes a TSV."""

    def __init__(self, fname, header):
        self.fname = fname
        self.header = header
        self.rows = []
        self.seen = set()

    def add(self, kind, term, code='', name='', country='', role='',
            vfrom='', vto=''):
        term = clean(term)
        cols = [kind, term, code or '', clean(name or ''), country or '',
                role or '', vfrom or '', vto or '']
        for c in cols:
            if '\t' in c or '\n' in c:
                raise SystemExit('bad field %r' % c)
        key = (kind, term.lower(), cols[2], cols[6])
        if key in self.seen or not term:
            return False
        self.seen.add(key)
        self.rows.append(cols)
        return True

    def write(self):
        path = os.path.join(OUTDIR, self.fname)
        os.makedirs(OUTDIR, exist_ok=True)
        with open(path, 'w', encoding='utf-8') as f:
            for h in self.header.strip('\n').split('\n'):
                f.write(('# ' + h).rstrip() + '\n')
            f.write('# kind\tterm\tcode\tname\tcountry\trole\tvalid_from\tvalid_to\n')
            for r in self.rows:
                f.write('\t'.join(r) + '\n')
        return path
