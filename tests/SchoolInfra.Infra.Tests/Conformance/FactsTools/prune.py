"""Keeps a facts file small: every used object lists all its properties (so unknown names are caught) but objects
no template writes into are not expanded (properties: null, which fails the check if a template ever does).
Usage: prune.py FACTS_IN FACTS_OUT TEMPLATE..."""
import json
import sys
import yaml

facts_in, facts_out = sys.argv[1:3]
used = {}
values = {}


def walk(node, path, acc):
    if isinstance(node, dict):
        if len(node) == 1 and next(iter(node)).startswith('fn::'):
            return
        for k, v in node.items():
            p = path + (k,)
            acc.add(p)
            if not isinstance(v, (dict, list)):
                values.setdefault(p, set()).add(v)
            walk(v, p, acc)
    elif isinstance(node, list):
        for v in node:
            walk(v, path + ('[]',), acc)


for t in sys.argv[3:]:
    doc = yaml.safe_load(open(t))
    for name, r in (doc.get('resources') or {}).items():
        walk(r.get('properties') or {}, (), used.setdefault(r['type'], set()))


def prune(p, path, paths):
    p = dict(p)
    if p.get('kind') == 'union':
        p['of'] = [discriminated(a, path, paths) for a in p['of']]
        return p
    if p.get('kind') in ('array', 'map') and p.get('items'):
        p['items'] = prune(p['items'], path + ('[]',), paths)
        return p
    if p.get('kind') == 'object' and p.get('properties') is not None:
        if not any(x[:len(path) + 1][:-1] == path and len(x) > len(path) for x in paths):
            p['properties'] = None
            return p
        p['properties'] = {k: prune(v, path + (k,), paths) for k, v in p['properties'].items()}
    return p


def discriminated(a, path, paths):
    """A union alternative whose discriminator (a const property) no template uses is not expanded."""
    props = a.get('properties') or {}
    for k, v in props.items():
        if v.get('const') and v.get('enum') and v['enum'][0] not in values.get(path + (k,), set()):
            a = dict(a)
            a['properties'] = None
            a['unexpandedBecause'] = f"no template sets {k}: {v['enum'][0]}"
            return a
    return prune(a, path, paths)


d = json.load(open(facts_in))
for tok, r in d['resources'].items():
    paths = used.get(tok, set())
    r['inputs'] = {k: prune(v, (k,), paths) for k, v in r['inputs'].items()}
json.dump(d, open(facts_out, 'w'), indent=1)
print(facts_out, len(open(facts_out).read()))
