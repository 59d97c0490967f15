"""Facts for azure-native resources from the npm package's .d.ts files (the Node.js SDK generated from the schema).
Usage: extract_azure_native_dts.py PACKAGE_DIR OUT_JSON VERSION TOKEN...  (PACKAGE_DIR: an unpacked `npm pack` of the version)"""
import json
import re
import sys

root, out_path, version = sys.argv[1], sys.argv[2], sys.argv[3]
tokens = sys.argv[4:]
_files = {}


def lines_of(rel):
    if rel not in _files:
        _files[rel] = open(f'{root}/{rel}', encoding='utf-8').read().split('\n')
    return _files[rel]


def members(rel, start):
    """Properties of the interface/class body opening at line index start: (name, optional, type text, 1-based line)."""
    lines = lines_of(rel)
    out = []
    i = start + 1
    depth = 0
    while i < len(lines):
        s = lines[i].strip()
        if s.startswith('}') and depth == 0:
            break
        if s.startswith('/**') or s.startswith('*') or s == '':
            i += 1
            continue
        m = re.match(r'(readonly )?(\w+)(\??): (.*)$', s)
        if m and depth == 0:
            text = m.group(4)
            j = i
            # Multi-line types (maps): read until the statement ends with ';' at brace balance 0.
            while text.count('{') > text.count('}') or not text.endswith(';'):
                j += 1
                text += ' ' + lines[j].strip()
            out.append((m.group(2), m.group(3) == '?', text[:-1], i + 1, m.group(1) is not None))
            i = j + 1
            continue
        i += 1
    return out


def find(rel, pattern):
    for i, l in enumerate(lines_of(rel)):
        if re.search(pattern, l):
            return i
    raise KeyError(f'{pattern} in {rel}')


_enum_cache = {}


def enum(module, name):
    rel = f'types/enums/{module}/index.d.ts'
    i = find(rel, rf'export declare const {name}: {{')
    vals = []
    for l in lines_of(rel)[i + 1:]:
        if l.startswith('};'):
            break
        m = re.match(r'\s*readonly \w+: (.*);', l)
        if m:
            vals.append(json.loads(m.group(1)))
    return vals, rel, i + 1


def input_type(module, name):
    rel = 'types/input.d.ts'
    ns = find(rel, rf'^export declare namespace {module} {{')
    lines = lines_of(rel)
    for i in range(ns, len(lines)):
        if re.match(rf'\s+interface {name} {{', lines[i]):
            return rel, i
        if i > ns and lines[i].startswith('}'):
            break
    raise KeyError(f'{module}.{name}')


def split_union(t):
    parts, depth, cur = [], 0, ''
    for c in t:
        if c in '<{[(':
            depth += 1
        elif c in '>}])':
            depth -= 1
        if c == '|' and depth == 0:
            parts.append(cur.strip())
            cur = ''
        else:
            cur += c
    parts.append(cur.strip())
    return [p for p in parts if p != 'undefined']


def unwrap_input(t):
    t = t.strip()
    m = re.fullmatch(r'pulumi\.Input<(.*)>', t, re.S)
    return m.group(1).strip() if m else t


def prop(t, rel, line, required, seen, depth=0):
    p = {'kind': None, 'required': required, 'file': rel, 'line': line}
    t = unwrap_input(t)
    alts = split_union(t)
    enums = [a for a in alts if a.startswith('enums.')]
    if len(alts) > 1 and enums and all(a == 'string' or a.startswith('enums.') for a in alts):
        # "string | enums.m.X": an open enum; the generated SDK accepts any string.
        _, module, name = enums[0].split('.')
        vals, erel, eline = enum(module, name)
        p.update(kind='string', enum=vals, enumFile=erel, enumLine=eline, open=True)
        return p
    if len(alts) > 1:
        p['kind'] = 'union'
        p['of'] = [prop(a, rel, line, required, seen, depth + 1) for a in alts]
        return p
    t = alts[0]
    if t.endswith('[]'):
        p['kind'] = 'array'
        p['items'] = prop(t[:-2], rel, line, True, seen, depth + 1)
        return p
    if t in ('string', 'number', 'boolean'):
        p['kind'] = t
        return p
    if t == 'any':
        p['kind'] = 'any'
        return p
    if re.fullmatch(r'"[^"]*"', t):
        p.update(kind='string', enum=[json.loads(t)], const=True)
        return p
    if t.startswith('enums.'):
        _, module, name = t.split('.')
        vals, erel, eline = enum(module, name)
        p.update(kind='string', enum=vals, enumFile=erel, enumLine=eline)
        return p
    m = re.fullmatch(r'\{\s*\[key: string\]: (.*);\s*\}', t, re.S)
    if m:
        p['kind'] = 'map'
        p['items'] = prop(m.group(1), rel, line, True, seen, depth + 1)
        return p
    m = re.fullmatch(r'inputs\.(\w+)\.(\w+)', t)
    if m:
        module, name = m.groups()
        trel, ti = input_type(module, name)
        p.update(kind='object', typeName=f'{module}.{name}', typeFile=trel, typeLine=ti + 1)
        if (module, name) in seen or depth > 10:
            p['properties'] = None
            return p
        p['properties'] = {n: prop(tt, trel, ln, not opt, seen + ((module, name),), depth + 1)
                           for n, opt, tt, ln, _ in sorted(members(trel, ti))}
        return p
    raise ValueError(f'unknown type text: {t} ({rel}:{line})')


out = {'package': 'azure-native', 'version': version,
       'source': {'kind': 'npm-dts', 'repo': f'npm @pulumi/azure-native@{version}', 'tag': None, 'commit': None,
                  'read': "the Node.js SDK's .d.ts files (generated from the provider schema): <module>/<resource>.d.ts "
                          '(the *Args interface; outputs from the class), types/input.d.ts, types/enums/<module>/index.d.ts; '
                          'file and line are relative to the package root'},
       'resources': {}, 'functions': {}}
for tok in tokens:
    _, module, cls = tok.split(':')
    rel = f'{module}/{cls[0].lower()}{cls[1:]}.d.ts'
    ai = find(rel, rf'^export interface {cls}Args {{')
    ci = find(rel, rf'^export declare class {cls} ')
    inputs = {n: prop(t, rel, ln, not opt, ()) for n, opt, t, ln, _ in sorted(members(rel, ai))}
    outputs = {}
    for n, opt, t, ln, ro in members(rel, ci):
        if not ro or n == '__pulumiType':
            continue
        t = re.sub(r'^pulumi\.Output<(.*)>$', r'\1', t.strip(), flags=re.S)
        alts = split_union(t)
        kind = 'string' if alts == ['string'] else 'number' if alts == ['number'] else 'boolean' if alts == ['boolean'] else \
            'array' if alts[0].endswith('[]') else 'object'
        outputs[n] = {'kind': kind, 'line': ln}
    out['resources'][tok] = {'file': rel, 'line': ai + 1, 'inputs': inputs, 'outputs': outputs}
json.dump(out, open(out_path, 'w'), indent=1)
print(out_path, len(open(out_path).read()))
