#!/usr/bin/env bash
# The main job on the bundled example school (fictional; no cloud account needed): show what was changed outside
# the pipeline, check it against the control catalogue (drift included), then write the governors' compliance
# report to reports/out/oakfield-primary/ (HTML and PDF).
# Installs Chromium for the PDF when it is missing and we are root; otherwise writes the HTML only.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

pdf=()
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "run-example.sh: installing chromium (for the PDF)" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  else
    echo "run-example.sh: chromium is missing, so only the HTML report is written (apt-get install chromium)" >&2
    pdf=(--no-pdf)
  fi
fi

dotnet build infra/SchoolInfra.Cli -c Release --nologo -v q -clp:ErrorsOnly
cli=(dotnet infra/SchoolInfra.Cli/bin/Release/net10.0/schoolinfra.dll)

# What was changed outside the pipeline, from the refresh digest the example ships (pulumi refresh --preview-only
# --json in CI): 0 nothing, 2 drift (the example has some), 1 an unreadable input.
set +e
"${cli[@]}" drift --stack oakfield-primary --refresh schools/oakfield-primary/live/refresh.json --observed-at 2026-11-23T05:31:00Z
status=$?
set -e
if [ "$status" -eq 1 ]; then exit 1; fi

# 0 clean, 2 findings to act on (the example has honest ones: an overdue review and the drift above, read from
# the saved result schools/oakfield-primary/live/drift.json), 1 an invalid config.
set +e
"${cli[@]}" validate --stack oakfield-primary
status=$?
set -e
if [ "$status" -eq 1 ]; then exit 1; fi

"${cli[@]}" report --stack oakfield-primary "${pdf[@]}"
