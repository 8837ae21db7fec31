#!/usr/bin/env bash
# The one test command: installs what the suite needs that is missing, then runs every test of the solution.
# Results (TRX, end-to-end screenshots) land in TestResults/. The last line is "N passed, N failed[, N skipped]",
# which CI reads; the exit code is non-zero if any test failed or none ran.
# The fixtures start and stop the servers the tests need; this script never starts one itself.
# Arguments go to dotnet test, e.g. scripts/test.sh --filter "FullyQualifiedName~EndToEnd".
set -euo pipefail

# Debian packages the test fixtures use. Add new ones here (e.g. postgresql, dovecot-imapd).
TEST_PACKAGES=(redis-server chromium sqlite3 python3-feedparser prometheus-alertmanager dovecot-imapd)

cd "$(dirname "${BASH_SOURCE[0]}")/.."
RESULTS="$PWD/TestResults"
# shellcheck source=lib/debian-packages.sh
source scripts/lib/debian-packages.sh

# Sums one attribute of the <Counters> element over every TRX file.
trx_count() {
    local attribute=$1 total=0 file value
    for file in "$RESULTS"/*.trx; do
        value=$(grep -o "<Counters [^>]*" "$file" | grep -o " $attribute=\"[0-9]*\"" | grep -o '[0-9]\+' || echo 0)
        total=$((total + value))
    done
    echo "$total"
}

install_debian_packages "${TEST_PACKAGES[@]}"

# The OpenID Connect end-to-end tests run the npm package oidc-provider (tests/oidc-provider, locked versions).
if ! command -v npm >/dev/null; then
    echo "error: Node.js and npm are needed for tests/oidc-provider (the OpenID Connect end-to-end tests)" >&2
    exit 1
fi
npm ci --prefix tests/oidc-provider --no-audit --no-fund --loglevel=error

rm -rf "$RESULTS"
mkdir -p "$RESULTS"
dotnet restore StatusDashboard.sln
test_status=0
dotnet test StatusDashboard.sln --no-restore \
    --results-directory "$RESULTS" \
    --logger "trx" \
    --logger "console;verbosity=normal" \
    "$@" || test_status=$?

shopt -s nullglob
trx_files=("$RESULTS"/*.trx)
if [ ${#trx_files[@]} -eq 0 ]; then
    echo "error: dotnet test wrote no TRX results (exit code $test_status)" >&2
    echo "0 passed, 0 failed"
    exit 1
fi

passed=$(trx_count passed)
failed=$(( $(trx_count failed) + $(trx_count error) + $(trx_count timeout) + $(trx_count aborted) ))
# The TRX counters leave skipped tests out of notExecuted; they are the ones counted but not executed.
skipped=$(( $(trx_count total) - $(trx_count executed) ))
summary="$passed passed, $failed failed"
if [ "$skipped" -gt 0 ]; then
    summary="$summary, $skipped skipped"
fi

echo
if [ $((passed + failed)) -eq 0 ]; then
    echo "error: no test ran" >&2
    test_status=1
elif [ "$failed" -gt 0 ]; then
    test_status=1
fi
echo "$summary"
exit "$test_status"
