"""Adds facts read by hand from a provider's source (validators a reader missed) to a facts file, in place.
Usage: apply_patches.py FACTS_JSON PATCHES_JSON
PATCHES_JSON: {"<type token>": {"<property path, '.'-separated, '[]' for list items>": {<fields to set>}}}"""
import json
import sys

facts_path, patches_path = sys.argv[1:3]
facts = json.load(open(facts_path))
for tok, fields in json.load(open(patches_path)).items():
    for path, patch in fields.items():
        node = {'properties': (facts['resources'].get(tok) or facts['functions'][tok])['inputs']}
        for part in path.split('.'):
            node = node['items'] if part == '[]' else node['properties'][part]
        node.update(patch)
json.dump(facts, open(facts_path, 'w'), indent=1)
print(facts_path, len(open(facts_path).read()))
