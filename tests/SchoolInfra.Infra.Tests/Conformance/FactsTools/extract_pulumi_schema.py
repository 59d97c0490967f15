"""Facts from a Pulumi package schema (schema.json): azuread, std. Usage:
extract_pulumi_schema.py SCHEMA FILE_LABEL OUT_JSON PACKAGE VERSION SOURCE_JSON resource:TOKEN... function:TOKEN..."""
import json
import sys

import posjson

schema_path, file_label, out_path, package, version, source_json = sys.argv[1:7]
wanted = sys.argv[7:]
doc = posjson.load(open(schema_path, encoding='utf-8').read())
types = doc.get('types', {})


def prop(spec, line, required, depth=0, seen=()):
    p = {'kind': None, 'required': required, 'file': file_label, 'line': line}
    if 'const' in spec:
        p['enum'] = [spec['const']]
    if '$ref' in spec:
        ref = spec['$ref']
        if ref.startswith('pulumi.json#/'):
            p['kind'] = 'any'
            return p
        tok = ref.split('#/types/')[1]
        t = types[tok]
        p['typeName'] = tok
        p['typeLine'] = types.lines[tok]
        if 'enum' in t:
            p['kind'] = t.get('type', 'string')
            p['enum'] = [e['value'] for e in t['enum']]
            p['enumLine'] = t.lines['enum']
            return p
        p['kind'] = 'object'
        if tok in seen or depth > 8:
            p['properties'] = None
            return p
        req = set(t.get('required', []))
        props = t.get('properties', {})
        p['properties'] = {k: prop(v, props.lines[k], k in req, depth + 1, seen + (tok,)) for k, v in sorted(props.items())}
        return p
    if 'oneOf' in spec:
        p['kind'] = 'union'
        p['of'] = [prop(s, line, required, depth + 1, seen) for s in spec['oneOf']]
        return p
    t = spec.get('type')
    if t == 'array':
        p['kind'] = 'array'
        p['items'] = prop(spec['items'], line, True, depth + 1, seen)
    elif t == 'object':
        if 'additionalProperties' in spec:
            p['kind'] = 'map'
            p['items'] = prop(spec['additionalProperties'], line, True, depth + 1, seen)
        else:
            p['kind'] = 'object'
            p['properties'] = None
    else:
        p['kind'] = t
    if spec.get('secret'):
        p['secret'] = True
    return p


def props_of(container, props_key, required_key, line_only=False):
    props = container.get(props_key, {})
    req = set(container.get(required_key, []))
    return {k: prop(v, props.lines[k], k in req) for k, v in sorted(props.items())}


out = {'package': package, 'version': version, 'source': json.loads(source_json), 'resources': {}, 'functions': {}}
for w in wanted:
    kind, tok = w.split(':', 1)
    if kind == 'resource':
        r = doc['resources'][tok]
        outputs = props_of(r, 'properties', 'required')
        # Every custom resource also has id and urn (pulumi-yaml analyser.go typePropertyAccess).
        out['resources'][tok] = {
            'file': file_label, 'line': doc['resources'].lines[tok],
            'inputs': props_of(r, 'inputProperties', 'requiredInputs'),
            'outputs': {k: {'kind': v['kind'], 'line': v['line']} for k, v in outputs.items()},
        }
    else:
        f = doc['functions'][tok]
        inputs = f.get('inputs', {})
        outputs = f.get('outputs', {})
        out['functions'][tok] = {
            'file': file_label, 'line': doc['functions'].lines[tok],
            'inputs': props_of(inputs, 'properties', 'required') if inputs else {},
            'outputs': {k: {'kind': v['kind'], 'line': v['line']} for k, v in props_of(outputs, 'properties', 'required').items()},
        }
json.dump(out, open(out_path, 'w'), indent=1, sort_keys=False)
print(out_path, len(open(out_path).read()))
