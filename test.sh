#!/usr/bin/env bash
# Runs the whole test suite: starts a private PostgreSQL (non-root, 127.0.0.1, temporary folder), runs every test
# project against it and against DuckDB, stops it, and ends with one line "Tests: N passed, N failed, N skipped".
# Usage: ./test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Cordis]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$root"
tmp=$(mktemp -d /tmp/icpermed-test.XXXXXX)
chmod 755 "$tmp"
# Every temporary folder the tests make (warehouses, models, copies of the demo: some GB a run) lives under this run's
# folder and goes with it at exit; under the shared /tmp they piled up run after run.
mkdir -p "$tmp/tmp"
chmod 1777 "$tmp/tmp"
export TMPDIR="$tmp/tmp"
results="$root/artifacts/test-results"
mkdir -p "$results"
cleanup() { scripts/postgres.sh stop "$tmp/pg" >/dev/null 2>&1 || true; rm -rf "$tmp"; }
trap cleanup EXIT

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo $((20000 + RANDOM % 20000)))
ICPERMED_TEST_PG=$(scripts/postgres.sh start "$tmp/pg" "$port")
export ICPERMED_TEST_PG
# A PostgreSQL test that finds no server fails instead of skipping.
export ICPERMED_REQUIRE_PG=1
echo "test.sh: PostgreSQL running on 127.0.0.1:$port" >&2

# The spreadsheet test opens an export in LibreOffice Calc (headless); install it where missing. When it is there the
# test must pass; if it cannot be installed (no apt-get, no root) the test reports itself skipped with the reason.
if ! command -v soffice >/dev/null 2>&1; then
  echo "test.sh: LibreOffice Calc not found, installing libreoffice-calc-nogui with apt-get" >&2
  (export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui) >&2 \
    || echo "test.sh: could not install LibreOffice Calc; the spreadsheet test will be skipped" >&2
fi
if command -v soffice >/dev/null 2>&1; then export ICPERMED_REQUIRE_SPREADSHEET=1; fi

# The browser smoke test drives Debian's Chromium through Playwright (its driver ships in the NuGet package; no browser
# download). Installed where missing; when it is there the test must pass, otherwise it reports itself skipped.
if [ ! -x /usr/bin/chromium ]; then
  echo "test.sh: Chromium not found, installing chromium with apt-get" >&2
  (export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium) >&2 \
    || echo "test.sh: could not install Chromium; the browser smoke test will be skipped" >&2
fi
if [ -x /usr/bin/chromium ]; then export ICPERMED_REQUIRE_BROWSER=1; fi
# The accessibility test injects axe-core (the npm package, version pinned in tests/accessibility/package-lock.json) into
# that Chromium. npm comes from Debian's nodejs and npm packages where missing; when axe-core is there the test must pass,
# otherwise it reports itself skipped.
if ! command -v npm >/dev/null 2>&1; then
  echo "test.sh: npm not found, installing nodejs and npm with apt-get" >&2
  (export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq --no-install-recommends nodejs npm) >&2 \
    || echo "test.sh: could not install npm; the accessibility test will be skipped" >&2
fi
axe="$root/tests/accessibility/node_modules/axe-core/axe.min.js"
if [ ! -f "$axe" ] && command -v npm >/dev/null 2>&1; then
  echo "test.sh: installing axe-core with npm ci (tests/accessibility)" >&2
  (cd tests/accessibility && npm ci --no-audit --no-fund --silent) >&2 \
    || echo "test.sh: could not install axe-core; the accessibility test will be skipped" >&2
fi
if [ -f "$axe" ]; then export ICPERMED_AXE_JS="$axe"; fi
# The email tests talk to a real SMTP server on loopback: Debian's python3-aiosmtpd, which the tests start with
# /usr/bin/python3. Installed where missing; when it is there the tests must pass, otherwise they report themselves skipped.
if ! /usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1; then
  echo "test.sh: aiosmtpd not found, installing python3-aiosmtpd with apt-get" >&2
  (export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq --no-install-recommends python3-aiosmtpd) >&2 \
    || echo "test.sh: could not install python3-aiosmtpd; the email tests will be skipped" >&2
fi
# `icpermed evaluate --baseline` (issue 18) runs the scikit-learn baseline under /usr/bin/python3: Debian's
# python3-sklearn (with numpy and scipy), installed where missing (the apt-get time on a fresh machine, once).
if ! /usr/bin/python3 -c 'import sklearn' >/dev/null 2>&1; then
  echo "test.sh: scikit-learn not found, installing python3-sklearn with apt-get" >&2
  (export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq --no-install-recommends python3-sklearn) >&2 \
    || echo "test.sh: could not install python3-sklearn; the evaluate --baseline tests will fail" >&2
fi
# The STARTTLS tests make a self-signed certificate with /usr/bin/openssl; installed where missing.
if [ ! -x /usr/bin/openssl ]; then
  echo "test.sh: openssl not found, installing openssl with apt-get" >&2
  (export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq --no-install-recommends openssl) >&2 \
    || echo "test.sh: could not install openssl; the STARTTLS tests will be skipped" >&2
fi
if /usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 && [ -x /usr/bin/openssl ]; then export ICPERMED_REQUIRE_SMTP=1; fi
# Charts are drawn with DejaVu Sans (SkiaSharp's NoDependencies build finds no font without it and draws no text);
# install it where missing.
if [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  echo "test.sh: DejaVu fonts not found, installing fonts-dejavu-core with apt-get" >&2
  (export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq --no-install-recommends fonts-dejavu-core) >&2 \
    || echo "test.sh: could not install fonts-dejavu-core; chart images will have no text" >&2
fi

dotnet build IcPerMed.Analytics.sln -c Release -nologo -v quiet
set +e
dotnet test IcPerMed.Analytics.sln -c Release --no-build -nologo --results-directory "$results" --logger "trx" "$@" 2>&1 | tee "$tmp/test.log"
status=${PIPESTATUS[0]}
set -e

# dotnet test prints one "Passed!/Failed!  - Failed: N, Passed: N, Skipped: N, Total: N" line per test project.
read -r passed failed skipped projects < <(grep -E '^(Passed|Failed)!' "$tmp/test.log" | sed -E 's/[^0-9,]+/ /g' | awk -F, '
  { gsub(/ /, "", $1); gsub(/ /, "", $2); gsub(/ /, "", $3); f += $1; p += $2; s += $3; n++ } END { print p+0, f+0, s+0, n+0 }')
# A test process that dies before it reports ("Catastrophic failure: Test process crashed ...") prints no failed count
# of its own; it counts as one failure here, so the line below never reads 0 failed over a crash.
crashed=$(grep -c 'Catastrophic failure' "$tmp/test.log" || true)
if [ "$crashed" -gt 0 ]; then
  echo "test.sh: $crashed test process(es) crashed before reporting every test (see 'Catastrophic failure' above)" >&2
  failed=$((failed + crashed))
  status=1
fi
if [ "$projects" -lt 6 ] && [ "$status" -eq 0 ] && [ $# -eq 0 ]; then
  echo "test.sh: expected results from 6 test projects, got $projects" >&2
  status=1
fi
echo "Tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
