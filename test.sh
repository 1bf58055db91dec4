#!/usr/bin/env bash
# The test command (README): builds the solution, makes sure PostgreSQL is up for the
# store contract tests, runs every test project and ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

if [ -z "${EFUS_TEST_POSTGRES:-}" ]; then
  if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    if [ "$(id -u)" = "0" ]; then
      bash .ci/start-postgres.sh >/dev/null || echo "warning: could not start PostgreSQL; the PostgreSQL tests will fail" >&2
    else
      echo "warning: PostgreSQL is not running on 127.0.0.1:5432; start it with sudo .ci/start-postgres.sh" >&2
    fi
  fi
fi

log=$(mktemp)
dotnet build Efus.Cms.sln -c Release --nologo -v quiet 2>&1 | tail -n 20
build_status=${PIPESTATUS[0]}
if [ "$build_status" -ne 0 ]; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

dotnet test Efus.Cms.sln -c Release --no-build --nologo 2>&1 | tee "$log"
test_status=${PIPESTATUS[0]}

# VSTest prints one summary per project: "Passed!  - Failed:     0, Passed:    12, Skipped: ..."
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
if [ "$test_status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1   # a crash or a project that did not run counts as a failure
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
