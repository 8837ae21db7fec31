#!/usr/bin/env bash
# Benchmark of SLA evaluation (a script, not a test): 10,000 circuits, one year, 100,000 unscheduled outages and
# 20,000 maintenance windows; a full evaluation, then one new outage evaluated incrementally (its element, its period).
# Goals: full < 2 s, incremental < 20 ms.
#
#   bench/sla.sh
#
# Builds Release, provisions a provider and a 99.99 % calendar-month promise from a catalog, inserts the circuits and
# history with sqlite3 (bench/sla.sql), then runs `sla evaluate` twice: over the year, and with --element for the
# circuit that got the new outage. The result times are the command's own, measured around SlaEvaluator.EvaluateAsync
# in a freshly started process: reading, measuring, writing and committing, and the JIT and EF query compilation the
# evaluation's first run incurs; process start, host set-up, migrations and the element look-up are excluded. The
# wall time of each whole command (process start to exit) is printed as well. For reference it prints how long sqlite3 takes to read the outage table.
# The circuits carry no components, so breaches stay on the measurements and raise no incidents.
set -euo pipefail

CIRCUITS=10000
OUTAGES=100000
MAINTENANCES=20000
FROM=2025-01-01
TO=2026-01-01
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=../scripts/lib/debian-packages.sh
source scripts/lib/debian-packages.sh
install_debian_packages sqlite3

echo "== building Release"
dotnet build StatusDashboard -c Release -v quiet -nologo >/dev/null
APP="$ROOT/StatusDashboard/bin/Release/net10.0/StatusDashboard.dll"
WORK="$(mktemp -d /tmp/sdb-sla-bench.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
export DOTNET_ENVIRONMENT=Production ASPNETCORE_ENVIRONMENT=Production
run() { (cd "$WORK" && dotnet "$APP" "$@" "--Instance:Path=$WORK/instance"); }

cat >"$WORK/catalog.yaml" <<'YAML'
components: []
providers:
  - name: benchprovider
    senders: bench.example.net
sla_promises:
  - name: Bench 99.99
    uptime: 99.99
    interval: calendar-month
    minimum_outage: 1m
    credits:
      - { below: 99.99, credit: 10 }
      - { below: 99.9, credit: 25 }
    providers: [benchprovider]
YAML
echo "== provisioning and generating $CIRCUITS circuits, $OUTAGES outages, $MAINTENANCES maintenances"
run bootstrap provision --catalog "$WORK/catalog.yaml" >"$WORK/provision.log" 2>&1 || { tail -20 "$WORK/provision.log" >&2; exit 1; }
DB="$WORK/instance/statusdashboard.db"
start=$(date +%s%N)
sqlite3 "$DB" ".parameter set :circuits $CIRCUITS" ".parameter set :outages $OUTAGES" ".parameter set :maintenances $MAINTENANCES" \
    ".parameter set :from $(date -ud "$FROM" +%s%3N)" ".read bench/sla.sql" >/dev/null
echo "   generated in $(( ($(date +%s%N) - start) / 1000000 )) ms: $(sqlite3 "$DB" 'SELECT count(*) FROM UnscheduledOutages') outages, $(sqlite3 "$DB" 'SELECT count(*) FROM ScheduledMaintenanceCircuits') maintenance circuits"

start=$(date +%s%N)
sqlite3 "$DB" 'SELECT ElementId, Start, "End" FROM UnscheduledOutages' >/dev/null
echo "reference: sqlite3 reads the outage table in $(( ($(date +%s%N) - start) / 1000000 )) ms"

echo "== full evaluation $FROM to $TO"
start=$(date +%s%N)
run sla evaluate --time --from "$FROM" --to "$TO" >"$WORK/full.out" 2>"$WORK/full.err" || { tail -20 "$WORK/full.err" >&2; exit 1; }
full_wall=$(( ($(date +%s%N) - start) / 1000000 ))
tail -1 "$WORK/full.out"
full=$(sed -nE 's/^evaluated in ([0-9.]+) ms$/\1/p' "$WORK/full.err")

echo "== one new outage on C00042, 2025-06-10 12:00 for 30 minutes, evaluated incrementally"
sqlite3 "$DB" "INSERT INTO DetectedOutages (ElementId, Start, \"End\", Transitions, Port, DownEvidence, Source, UpdatedAt)
    SELECT Id, $(date -ud '2025-06-10 12:00' +%s%3N), $(date -ud '2025-06-10 12:30' +%s%3N), 2, 'xe-0/0/1', 'bench', 'bench', 0 FROM NetworkElements WHERE VendorId = 'C00042';
  INSERT INTO UnscheduledOutages (DetectedOutageId, ElementId, Start, \"End\", OverrunReported, EndReported)
    SELECT Id, ElementId, Start, \"End\", 0, 0 FROM DetectedOutages WHERE Id = last_insert_rowid();"
start=$(date +%s%N)
run sla evaluate --time --element C00042 --from 2025-06-10T12:00:00Z --to 2025-06-10T12:30:00Z >"$WORK/one.out" 2>"$WORK/one.err" || { tail -20 "$WORK/one.err" >&2; exit 1; }
one_wall=$(( ($(date +%s%N) - start) / 1000000 ))
tail -1 "$WORK/one.out"
one=$(sed -nE 's/^evaluated in ([0-9.]+) ms$/\1/p' "$WORK/one.err")

verdict() { awk -v t="$1" -v g="$2" 'BEGIN { print (t < g ? "meets" : "misses") }'; }
echo "result: full evaluation $full ms (goal < 2,000 ms: $(verdict "$full" 2000)), incremental $one ms (goal < 20 ms: $(verdict "$one" 20))"
echo "        whole command, process start to exit: full $full_wall ms, incremental $one_wall ms"
