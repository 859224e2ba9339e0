# Independent check of the grouped held-out split (issue 18): labels joined with texts, union-find on normalised title
# (>= 4 words) and NIH core project number, per pm class the groups with the lowest seeded key until a fifth of the rows.
import csv, gzip, json, re, hashlib, collections, glob
seed = 20240601
texts = {}
for f in sorted(glob.glob('data/abstracts/*.jsonl.gz')):
    for line in gzip.open(f, 'rt', encoding='utf-8'):
        o = json.loads(line); texts[(o['source'], o['source_id'])] = o
rows = [r for r in csv.DictReader(open('data/labels/train.csv', encoding='utf-8')) if (r['source'], r['source_id']) in texts]
print('rows', len(rows), collections.Counter(r['source'] for r in rows))
parent = list(range(len(rows)))
def find(i):
    while parent[i] != i:
        parent[i] = parent[parent[i]]; i = parent[i]
    return i
def union(a, b):
    a, b = find(a), find(b)
    if a != b: parent[max(a, b)] = min(a, b)
first = {}
core = re.compile(r'^[0-9]?([A-Z][0-9A-Z]{2}[A-Z]{2}[0-9]{6})')
for i, r in enumerate(rows):
    title = re.sub(r'[^a-z0-9]+', ' ', (texts[(r['source'], r['source_id'])].get('title') or '').lower()).strip()
    keys = []
    if len(title.split()) >= 4: keys.append('t:' + title)
    if r['source'].startswith('nih') and (m := core.match(r['source_id'])): keys.append('n:' + m.group(1))
    for k in keys:
        if k in first: union(i, first[k])
        else: first[k] = i
groups = collections.defaultdict(list)
for i in range(len(rows)): groups[find(i)].append(i)
print('groups', len(groups), 'rows in multi-row groups', sum(len(g) for g in groups.values() if len(g) > 1), 'largest', max(len(g) for g in groups.values()))
def key(r): return int.from_bytes(hashlib.sha256(f"{seed}\n{r['source']}\n{r['source_id']}".encode()).digest()[:8], 'big')
held = set()
for pm in (True, False):
    gs = [g for g in groups.values() if any(rows[i]['pm'] == '1' for i in g) == pm]
    n = sum(len(g) for g in gs)
    target = int(n * 0.2 + 0.5)
    taken = 0
    for g in sorted(gs, key=lambda g: min(key(rows[i]) for i in g)):
        if taken >= target: break
        held.update(g); taken += len(g)
    print('pm' if pm else 'not pm', 'rows', n, 'target', target, 'taken', taken)
hr = [rows[i] for i in held]
print('held', len(hr), [sum(r[l] == '1' for r in hr) for l in ['pm','c1','c2','c3','c4','c5']])
print('first', sorted((r['source'], r['source_id']) for r in hr)[:3])
