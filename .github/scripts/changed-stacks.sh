#!/usr/bin/env bash
# Prints "stacks=<JSON list>" for GitHub Actions: the schools whose files changed since $1, or every school
# with --all. A change outside schools/ (code, Pulumi.yaml) touches every school.
set -euo pipefail
all() { for f in schools/Pulumi.*.yaml; do basename "$f" .yaml | sed 's/^Pulumi\.//'; done; }
if [ "${1:-}" = "--all" ] || [ -z "${1:-}" ] || ! git rev-parse --verify --quiet "$1^{commit}" >/dev/null; then
  stacks=$(all)
else
  files=$(git diff --name-only "$1" HEAD)
  if printf '%s\n' "$files" | grep -qvE '^(schools/|$)'; then
    stacks=$(all)
  else
    stacks=$(printf '%s\n' "$files" | sed -nE 's#^schools/Pulumi\.([a-z0-9-]+)\.yaml$#\1#p; s#^schools/([a-z0-9-]+)/.*#\1#p' | sort -u)
  fi
fi
printf 'stacks=['
first=1
for s in $stacks; do
  if [ -f "schools/Pulumi.$s.yaml" ]; then
    [ $first -eq 1 ] || printf ','
    printf '"%s"' "$s"
    first=0
  fi
done
printf ']\n'
