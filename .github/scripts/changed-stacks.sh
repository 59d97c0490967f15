#!/usr/bin/env bash
# Which schools a change touches, for GitHub Actions. Prints two lines for $GITHUB_OUTPUT:
#   stacks=["oakfield-primary",...]                              the schools' stack names
#   schools=[{"stack":"oakfield-primary","key":"OAKFIELD_PRIMARY"},...]
#                                                                the same, with the key that per-school variables and
#                                                                secrets are named by (README "Setting up the repository")
# Usage:
#   changed-stacks.sh --all                     every school
#   changed-stacks.sh [--deploy] BASE           the schools touched by BASE..HEAD (every school if BASE is unknown)
#   changed-stacks.sh [--deploy] --paths FILE   the schools touched by the paths listed in FILE, one per line
# A school's own files (schools/Pulumi.<school>.yaml, schools/<school>/) touch that school. Files that shape every
# school's template (infra/, Pulumi.yaml, .pulumi-version, global.json, Directory.*.props) touch every school. Without
# --deploy (pull requests), so do the checks and the summaries (policy/, reports/, .github/), so that a code change is
# previewed for every school; with --deploy they do not, because they change nothing that is deployed.
# A school name the schoolinfra command would reject fails the script (exit 1), so no school is silently left out;
# a deleted school is a warning: SchoolInfra stops managing it, and what was deployed stays until someone removes it.
set -euo pipefail

valid_name='^[a-z0-9][a-z0-9-]{0,62}$'   # the schoolinfra command's own rule (Workspace.IsValidStackName)
deploy=0
mode=diff
base=
paths_file=
while [ $# -gt 0 ]; do
  case "$1" in
    --all) mode=all ;;
    --deploy) deploy=1 ;;
    --paths) mode=paths; paths_file="${2:?--paths needs a file}"; shift ;;
    -*) echo "changed-stacks.sh: unknown option $1" >&2; exit 2 ;;
    *) base="$1" ;;
  esac
  shift
done

fail() { echo "::error::$1" >&2; exit 1; }

# Every school in the working tree; a stack file with a name the tool rejects fails.
all_schools() {
  local f name
  shopt -s nullglob
  for f in schools/Pulumi.*.yaml; do
    name=${f#schools/Pulumi.}
    name=${name%.yaml}
    [[ $name =~ $valid_name ]] || fail "schools/Pulumi.$name.yaml: \"$name\" is not a valid school (stack) name: use lower-case letters, digits and hyphens."
    printf '%s\n' "$name"
  done
}

# Reads NUL-separated paths on stdin; prints the touched schools, or "*" for every school.
classify() {
  local path name rest
  while IFS= read -r -d '' path; do
    case "$path" in
      schools/Pulumi.*.yaml)
        name=${path#schools/Pulumi.}
        name=${name%.yaml}
        # A deleted file is reported below as a deleted school, whatever its name.
        [[ $name =~ $valid_name ]] || [ ! -e "$path" ] || fail "$path: \"$name\" is not a valid school (stack) name: use lower-case letters, digits and hyphens."
        printf '%s\n' "$name" ;;
      schools/*/*)
        rest=${path#schools/}
        name=${rest%%/*}
        [[ $name =~ $valid_name ]] || [ ! -e "$path" ] || fail "$path: the folder \"$name\" is not a valid school (stack) name: use lower-case letters, digits and hyphens."
        printf '%s\n' "$name" ;;
      schools/*) ;;   # schools/README.md, the generated JSON Schema: no school's settings
      infra/*|Pulumi.yaml|.pulumi-version|global.json|Directory.Build.props|Directory.Packages.props|BannedSymbols*.txt)
        printf '*\n' ;;
      policy/*|reports/*|.github/*)
        [ "$deploy" -eq 1 ] || printf '*\n' ;;
      *) ;;           # documentation and tests
    esac
  done
}

case "$mode" in
  all)
    touched=$(all_schools) ;;
  paths)
    touched=$(tr '\n' '\0' < "$paths_file" | classify) ;;
  diff)
    if [ -z "$base" ] || ! git rev-parse --verify --quiet "$base^{commit}" >/dev/null; then
      echo "::notice::No earlier commit to compare with (\"$base\"): every school is included." >&2
      touched=$(all_schools)
    else
      touched=$(git diff --name-only --no-renames -z "$base" HEAD -- | classify)
    fi ;;
esac

if printf '%s\n' "$touched" | grep -qx '\*'; then
  touched=$(all_schools)
fi

stacks=()
while IFS= read -r name; do
  [ -n "$name" ] || continue
  if [ -f "schools/Pulumi.$name.yaml" ]; then
    stacks+=("$name")
  else
    echo "::warning file=schools/Pulumi.$name.yaml::The school \"$name\" has no stack file any more: SchoolInfra no longer checks or deploys it, and what was deployed stays until someone removes it with pulumi destroy." >&2
  fi
done < <(printf '%s\n' "$touched" | sort -u)

names=
objects=
for s in "${stacks[@]+"${stacks[@]}"}"; do
  key=$(printf '%s' "$s" | tr 'a-z-' 'A-Z_')
  names="$names${names:+,}\"$s\""
  objects="$objects${objects:+,}{\"stack\":\"$s\",\"key\":\"$key\"}"
done
printf 'stacks=[%s]\n' "$names"
printf 'schools=[%s]\n' "$objects"
