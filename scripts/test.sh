#!/usr/bin/env bash
# The one test command: installs what the suite needs that is missing, then runs every test of the solution.
# Results (TRX, end-to-end screenshots) land in TestResults/. The last line is "N passed, N failed[, N skipped]",
# which CI reads; the exit code is non-zero if any test failed or none ran.
# The fixtures start and stop the servers the tests need; this script never starts one itself.
set -euo pipefail

# Debian packages the test fixtures use. Add new ones here (e.g. postgresql, dovecot-imapd).
TEST_PACKAGES=(redis-server chromium sqlite3)

cd "$(dirname "${BASH_SOURCE[0]}")/.."
RESULTS="$PWD/TestResults"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        echo "error: installing ${TEST_PACKAGES[*]} needs root or sudo" >&2
        exit 1
    fi
}

is_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

install_missing_packages() {
    local missing=() package
    for package in "${TEST_PACKAGES[@]}"; do
        is_installed "$package" || missing+=("$package")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi

    echo "installing missing Debian packages: ${missing[*]}"
    # Debian starts a server's system service on install (redis-server would take port 6379); the test
    # fixtures run their own servers, so a policy-rc.d answering 101 ("action forbidden") keeps it stopped.
    local policy=/usr/sbin/policy-rc.d own_policy=false
    if [ ! -e "$policy" ]; then
        own_policy=true
        as_root sh -c "printf '#!/bin/sh\nexit 101\n' > $policy && chmod 755 $policy"
        trap "as_root rm -f $policy" EXIT
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}"
    if $own_policy; then
        as_root rm -f "$policy"
        trap - EXIT
    fi
}

# Sums one attribute of the <Counters> element over every TRX file.
trx_count() {
    local attribute=$1 total=0 file value
    for file in "$RESULTS"/*.trx; do
        value=$(grep -o "<Counters [^>]*" "$file" | grep -o " $attribute=\"[0-9]*\"" | grep -o '[0-9]\+' || echo 0)
        total=$((total + value))
    done
    echo "$total"
}

install_missing_packages

rm -rf "$RESULTS"
mkdir -p "$RESULTS"
dotnet restore StatusDashboard.sln
test_status=0
dotnet test StatusDashboard.sln --no-restore \
    --results-directory "$RESULTS" \
    --logger "trx" \
    --logger "console;verbosity=normal" || test_status=$?

shopt -s nullglob
trx_files=("$RESULTS"/*.trx)
if [ ${#trx_files[@]} -eq 0 ]; then
    echo "error: dotnet test wrote no TRX results (exit code $test_status)" >&2
    echo "0 passed, 0 failed"
    exit 1
fi

passed=$(trx_count passed)
failed=$(( $(trx_count failed) + $(trx_count error) + $(trx_count timeout) + $(trx_count aborted) ))
skipped=$(trx_count notExecuted)
summary="$passed passed, $failed failed"
if [ "$skipped" -gt 0 ]; then
    summary="$summary, $skipped skipped"
fi

if [ "$test_status" -ne 0 ] || [ "$failed" -gt 0 ] || [ $((passed + failed)) -eq 0 ]; then
    [ $((passed + failed)) -eq 0 ] && echo "error: no test ran" >&2
    echo "$summary"
    exit 1
fi
echo "$summary"
