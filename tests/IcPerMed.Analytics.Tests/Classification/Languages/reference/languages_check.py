# Independent route for the language figures of issue 17 (python3, no Lingua): the texts are cut into the same parts as
# ProjectLanguageDetector and each part's language is the one whose function words (stopwords.py) it holds most of.
# Run from the repository: python3 tests/IcPerMed.Analytics.Tests/Classification/Languages/reference/languages_check.py
# With --anr-jsonl PATH it also writes the 406 ANR abstracts as project-text JSON lines (for bench languages --texts).
import collections, csv, glob, gzip, json, os, re, sys, zipfile
import xml.etree.ElementTree as ET
sys.path.insert(0, os.path.dirname(__file__))
from stopwords import read, en_share, main_lang

data = os.path.join(os.path.dirname(__file__), '../../../../../../shared/data')
texts = {}
for f in sorted(glob.glob(f'{data}/abstracts/*.jsonl.gz')):
    for line in gzip.open(f, 'rt'):
        if line.strip():
            o = json.loads(line)
            texts.setdefault((o['source'], str(o['source_id'])), o)
parts = {k: read(o.get('title'), o.get('abstract')) for k, o in texts.items()}
print('abstracts:', len(texts), '; mostly not English (English share < 0.5):', sum(1 for p in parts.values() if en_share(p) < 0.5),
      '; with a part not in English:', sorted(k for k, p in parts.items() if any(l not in ('en', None) for l, _ in p)))

def labelled(labels_csv, text_files):
    own = {}
    for f in sorted(text_files):
        for line in gzip.open(f, 'rt'):
            if line.strip():
                o = json.loads(line)
                own.setdefault((o['source'], str(o['source_id'])), o)
    keys = [(r['source'], r['source_id']) for r in csv.DictReader(open(labels_csv))]
    return [(k, read(own[k].get('title'), own[k].get('abstract'))) for k in keys if k in own]

for name, folder in [('shared data', data), ('bundled (repository data/)', os.path.join(os.path.dirname(__file__), '../../../../../data'))]:
    joined = labelled(f'{folder}/labels/train.csv', glob.glob(f'{folder}/abstracts/*.jsonl.gz'))
    print(f'labelled texts, {name}:', len(joined), collections.Counter(main_lang(p) for _, p in joined))
    subset = sorted(dict(joined).items(), key=lambda kv: (kv[0][0].encode(), kv[0][1].encode()))[::3]
    print(f'  every third (TrainedModel):', len(subset), collections.Counter(main_lang(p) for _, p in subset),
          'holds cordis 101034347:', ('cordis', '101034347') in dict(subset))

# ANR projets.xlsx: inline strings, header in row 1; columns by header name.
ns = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
book = zipfile.ZipFile(glob.glob(f'{data}/anr-france-pia/*projets.xlsx')[0])
rows = []
for row in ET.fromstring(book.read('xl/worksheets/sheet1.xml')).iter(ns + 'row'):
    cells = {re.match('[A-Z]+', c.get('r')).group(0): ''.join(t.text or '' for t in c.iter(ns + 't')) for c in row.iter(ns + 'c')}
    rows.append(cells)
column = {name: col for col, name in rows[0].items()}
anr = [(r.get(column['Projet.Code_Decision_ANR']), r.get(column['Projet.Titre.Francais']), r.get(column['Projet.Resume.Francais']))
       for r in rows[1:]]
with_abstract = [(c, t, a) for c, t, a in anr if a and a.strip()]
read_anr = {c: read(t, a) for c, t, a in with_abstract}
foreign = sorted(c for c, p in read_anr.items() if en_share(p) < 0.5)
print('ANR projects:', len(anr), '; with an abstract:', len(with_abstract), '; mostly not English:', len(foreign),
      collections.Counter(main_lang([(l, n) for l, n in read_anr[c] if l != 'en']) for c in foreign))
if '--anr-jsonl' in sys.argv:
    with open(sys.argv[sys.argv.index('--anr-jsonl') + 1], 'w') as out:
        for c, t, a in with_abstract:
            out.write(json.dumps({'source': 'anr', 'source_id': c, 'title': t, 'abstract': a}, ensure_ascii=False) + '\n')
