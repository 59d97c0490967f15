"""Facts for plugin-framework resources with flat attributes only (jamfschool): reads the Schema function of each
resource.go. Usage: extract_tf_pf_flat.py REPO_DIR OUT_JSON PACKAGE VERSION SOURCE_JSON TOKEN=internal/path/resource.go..."""
import json
import re
import sys

repo, out_path, package, version, source_json = sys.argv[1:6]
out = {'package': package, 'version': version, 'source': json.loads(source_json), 'resources': {}, 'functions': {}}
KINDS = {'String': 'string', 'Int64': 'integer', 'Int32': 'integer', 'Bool': 'boolean', 'Float64': 'number',
         'Number': 'number', 'Set': 'array', 'List': 'array', 'Map': 'map'}


def camel(tf):
    parts = tf.split('_')
    return parts[0] + ''.join(x[:1].upper() + x[1:] for x in parts[1:])


for spec in sys.argv[6:]:
    tok, rel = spec.split('=')
    lines = open(f'{repo}/{rel}', encoding='utf-8').read().split('\n')
    start = next(i for i, l in enumerate(lines) if re.search(r'\) Schema\(', l))
    end = next(i for i in range(start, len(lines)) if lines[i] == '}')
    attrs = {}
    cur = None
    for i in range(start, end):
        l = lines[i]
        m = re.match(r'\t{3}"(\w+)": schema\.(\w+)Attribute\{', l)
        if m:
            tf, go = m.groups()
            cur = {'kind': KINDS[go], 'required': False, 'file': rel, 'line': i + 1, 'tfName': tf}
            if cur['kind'] in ('array', 'map'):
                cur['items'] = {'kind': None, 'required': True, 'file': rel, 'line': i + 1}
            attrs[tf] = cur
            continue
        if cur is None:
            continue
        s = l.strip()
        if s == 'Required:    true,' or re.fullmatch(r'Required:\s+true,', s):
            cur['required'] = True
        elif re.fullmatch(r'Optional:\s+true,', s):
            cur['optional'] = True
        elif re.fullmatch(r'Computed:\s+true,', s):
            cur['computed'] = True
        elif m := re.match(r'ElementType:\s+types\.(\w+)Type,', s):
            cur['items']['kind'] = KINDS[m.group(1)]
        elif m := re.match(r'stringvalidator\.OneOf\((.*)\),?$', s):
            cur['enum'] = json.loads('[' + m.group(1) + ']')
            cur['validatorLine'] = i + 1
        elif m := re.match(r'stringvalidator\.LengthAtLeast\((\d+)\)', s):
            cur['minLength'] = int(m.group(1))
            cur['validatorLine'] = i + 1
        elif m := re.match(r'stringvalidator\.LengthBetween\((\d+), (\d+)\)', s):
            cur['minLength'], cur['maxLength'] = int(m.group(1)), int(m.group(2))
            cur['validatorLine'] = i + 1
        elif m := re.match(r'int64validator\.AtLeast\((\d+)\)', s):
            cur['minimum'] = int(m.group(1))
            cur['validatorLine'] = i + 1
    inputs = {camel(tf): a for tf, a in sorted(attrs.items()) if a['required'] or a.get('optional')}
    for a in inputs.values():
        a.pop('optional', None)
    outputs = {camel(tf): {'kind': a['kind'], 'line': a['line']} for tf, a in sorted(attrs.items()) if tf != 'id'}
    tf_type = next(re.search(r'ProviderTypeName \+ "(\w+)"', l).group(1) for l in lines if 'ProviderTypeName +' in l)
    out['resources'][tok] = {'file': rel, 'line': start + 1, 'tfType': package + tf_type, 'framework': 'pf',
                             'inputs': inputs, 'outputs': outputs}
json.dump(out, open(out_path, 'w'), indent=1)
print(out_path, len(open(out_path).read()))
