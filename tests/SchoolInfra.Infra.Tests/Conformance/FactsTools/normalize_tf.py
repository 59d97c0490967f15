"""Turns the team's Terraform facts (shared reference, static read of the Go source) into the repository's facts shape,
and applies the extensions read by hand from the same tagged source (each with its file and line).
Usage: normalize_tf.py IN_JSON OUT_JSON PACKAGE VERSION SOURCE_JSON [PATCHES_JSON]"""
import json
import sys

src, out_path, package, version, source_json = sys.argv[1:6]
patches = json.load(open(sys.argv[6])) if len(sys.argv) > 6 else {}
d = json.load(open(src))


def norm(p, parent_file):
    n = {'kind': None, 'required': bool(p.get('required')), 'file': p.get('file', parent_file), 'line': p.get('line')}
    if p.get('tf_name'):
        n['tfName'] = p['tf_name']
    if p.get('computed'):
        n['computed'] = True
    if p.get('sensitive'):
        n['secret'] = True
    if 'unresolved' in p:
        # e.g. commonschema.Timeouts(ctx): the attribute exists; its inside was not read.
        n['kind'] = 'object'
        n['properties'] = None
        n['unresolved'] = p['unresolved']
        return n
    t = p.get('type')
    n['kind'] = {'boolean': 'boolean', 'string': 'string', 'integer': 'integer', 'number': 'number',
                 'array': 'array', 'object': 'object', 'map': 'map'}[t]
    if t == 'array':
        items = p.get('items') or {}
        item = norm(dict(items, required=True, file=items.get('file', n['file']), line=items.get('line', n['line'])), n['file'])
        if 'enum' in p:
            # set/list validators of their strings (setvalidator.ValueStringsAre): the values apply to each item.
            item['enum'] = p['enum']
        n['items'] = item
    elif 'enum' in p:
        n['enum'] = p['enum']
    if 'enum_or_regex' in p:
        target = n['items'] if t == 'array' else n
        target['enumOrPattern'] = True
    if t == 'object':
        props = p.get('properties')
        n['properties'] = None if props is None else {k: norm(v, n['file']) for k, v in sorted(props.items())}
    if 'required_when' in p:
        n['requiredWhen'] = [{'property': a, 'equals': b} for a, b in p['required_when']]
    return n


def camel(tf):
    parts = tf.split('_')
    return parts[0] + ''.join(x[:1].upper() + x[1:] for x in parts[1:])


out = {'package': package, 'version': version, 'source': json.loads(source_json), 'resources': {}, 'functions': {}}
for tok, r in sorted(d['resources'].items()):
    inputs = {k: norm(v, r['file']) for k, v in sorted(r['inputs'].items())}
    # Every Terraform attribute is state, so inputs are outputs too; the extra computed ones are read by name only.
    outputs = {k: {'kind': v['kind'], 'line': v['line']} for k, v in inputs.items()}
    by_tf = {v.get('tfName'): k for k, v in inputs.items()}
    for extra in r.get('outputs_extra', []):
        if extra != 'id' and extra not in by_tf:
            outputs[camel(extra)] = {'kind': 'any', 'line': r['line']}
    out['resources'][tok] = {'file': r['file'], 'line': r['line'], 'tfType': r.get('tf_type'), 'framework': r.get('framework'),
                             'inputs': inputs, 'outputs': outputs}

for tok, fields in patches.items():
    for path, patch in fields.items():
        node = {'properties': out['resources'][tok]['inputs']}
        for part in path.split('.'):
            node = node['items'] if part == '[]' else node['properties'][part]
        node.update(patch)
json.dump(out, open(out_path, 'w'), indent=1)
print(out_path, len(open(out_path).read()))
