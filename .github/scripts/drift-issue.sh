#!/usr/bin/env bash
# Keeps one GitHub issue per school for drift, found by a hidden marker in its body (never by its title, which
# people may edit): opened when the nightly check finds drift, updated every night while it lasts, closed when it
# is gone; when the check itself cannot run, the issue says so instead of the run failing unseen.
#
#   drift-issue.sh STACK drift  BODY_FILE   drift found: open or update the issue with BODY_FILE (schoolinfra drift --format md)
#   drift-issue.sh STACK clean  -           nothing found: close the issue, if there is one
#   drift-issue.sh STACK failed REASON      the check could not run: open or update the issue with REASON
#
# Mentions the school's approvers from .github/CODEOWNERS (the last line naming the school's stack file wins, as
# in GitHub). Needs GH_TOKEN with issues: write, and GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID.
set -euo pipefail
stack=$1 state=$2 arg=${3:-}
case "$stack" in *[!a-z0-9-]*|'') echo "drift-issue.sh: bad stack name" >&2; exit 2 ;; esac
marker="<!-- schoolinfra-drift:$stack -->"
run_url="${GITHUB_SERVER_URL:-https://github.com}/${GITHUB_REPOSITORY:-}/actions/runs/${GITHUB_RUN_ID:-}"

approvers() {
  [ -f .github/CODEOWNERS ] || return 0
  awk -v file="/schools/Pulumi.$stack.yaml" '$1 == file || $1 == substr(file, 2) { owners = ""; for (i = 2; i <= NF; i++) owners = owners " " $i } END { print owners }' .github/CODEOWNERS | sed 's/^ //'
}

# The open issue whose body carries the marker; empty when there is none.
number=$(gh issue list --state open --limit 500 --json number,body \
  --jq "map(select(.body | contains(\"$marker\"))) | sort_by(.number) | .[0].number // empty")

body=$(mktemp)
trap 'rm -f "$body"' EXIT
owners=$(approvers)
case "$state" in
  drift)
    { printf '%s\n' "$marker"; grep -v -F "$marker" "$arg"; printf '\n'
      [ -z "$owners" ] || printf 'For the approvers of this school: %s\n\n' "$owners"
      printf 'Updated by the nightly drift check: %s\n' "$run_url"; } > "$body"
    if [ -n "$number" ]; then
      gh issue edit "$number" --body-file "$body"
      gh issue comment "$number" --body "The drift check of $(date -u +%Y-%m-%d) still finds drift: $run_url"
    else
      gh issue create --title "Changes made outside the pipeline: $stack" --body-file "$body"
    fi
    ;;
  failed)
    { printf '%s\n' "$marker"
      printf '## Drift check: %s\n\n**The drift check could not run**, so nobody knows whether anything was changed outside the pipeline. ' "$stack"
      printf 'Until it runs again, CHG-04 has no evidence.\n\nWhy: %s\n\n' "$arg"
      [ -z "$owners" ] || printf 'For the approvers of this school: %s\n\n' "$owners"
      printf 'Run: %s\n' "$run_url"; } > "$body"
    if [ -n "$number" ]; then
      gh issue comment "$number" --body-file "$body"
    else
      gh issue create --title "The drift check could not run: $stack" --body-file "$body"
    fi
    ;;
  clean)
    if [ -n "$number" ]; then
      gh issue close "$number" --comment "The drift check of $(date -u +%Y-%m-%d) found nothing changed outside the pipeline, so this is resolved: $run_url"
    fi
    ;;
  *) echo "drift-issue.sh: state must be drift, clean or failed" >&2; exit 2 ;;
esac
