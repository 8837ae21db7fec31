#!/usr/bin/env bash
# Benchmark of SLA evaluation (a script, not a test): 10,000 circuits, one year, 100,000 unscheduled outages and
# 20,000 maintenance windows; a full evaluation, then one new outage evaluated incrementally.
# Goals: full < 2 s and incremental < 20 ms, judged on the full evaluation and on the incremental evaluation in a warm
# process, as the server runs it; the incremental evaluation in a freshly started process is printed for reference.
#
#   bench/sla.sh
#
# Steps: publish Release for this machine's runtime, as it is deployed (ReadyToRun, see bench/lib/common.sh), the host
# and bench/SlaBench (the evaluator in a process of its own, not part of the solution); provision a provider and a
# 99.99 % calendar-month promise from a catalog; insert the circuits (which carry no components, so breaches raise
# operator-only notices, tens of thousands of them) and the history with sqlite3 (bench/sla.sql). Then:
#   - SlaBench: the full evaluation of the year, cold (the process's first evaluation, timed around
#     SlaEvaluator.EvaluateAsync: reading, measuring, writing measurements, notices and their audit entries, commit);
#     then a new outage on C00042 (2025-06-10 12:00, 30 minutes) stored as the outage sync stores it and evaluated as
#     the server's outage monitor does (SlaOutageWatch), after one such round for C00041: "incremental warm".
#   - `sla evaluate --element C00042` in a freshly started process for another new outage (2025-06-20 12:00, 30
#     minutes): "incremental cold", the command's own --time (host set-up, migrations and the element look-up excluded),
#     and its whole run from process start to exit.
# As the reference measured in the same run, sqlite3 reads the outage table. On a loaded machine every figure grows:
# the load average is printed with the results.
#
# Settings (environment): see bench/lib/common.sh (BENCH_KEEP=1 keeps the work folder).
set -euo pipefail

CIRCUITS=10000
OUTAGES=100000
MAINTENANCES=20000
FROM=2025-01-01
TO=2026-01-01

# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

publish_release
RID=$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')
echo "== publishing bench/SlaBench for $RID (ReadyToRun)"
dotnet publish bench/SlaBench/SlaBench.csproj -c Release -r "$RID" --self-contained false -o "$WORK/slabench" --nologo -v quiet >"$WORK/publish-slabench.log" 2>&1 ||
    { tail -30 "$WORK/publish-slabench.log" >&2; fail "dotnet publish bench/SlaBench failed"; }

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
(cd "$WORK/app" && "$APP" bootstrap provision --catalog "$WORK/catalog.yaml" "--Instance:Path=$INSTANCE") >"$WORK/provision.log" 2>&1 ||
    { tail -30 "$WORK/provision.log" >&2; fail "bootstrap provision failed"; }
DB="$INSTANCE/statusdashboard.db"
start=$(date +%s%N)
sqlite3 "$DB" ".parameter set :circuits $CIRCUITS" ".parameter set :outages $OUTAGES" ".parameter set :maintenances $MAINTENANCES" \
    ".parameter set :from $(date -ud "$FROM" +%s%3N)" ".read bench/sla.sql" >/dev/null
echo "   generated in $(( ($(date +%s%N) - start) / 1000000 )) ms: $(sqlite3 "$DB" 'SELECT count(*) FROM UnscheduledOutages') outages, $(sqlite3 "$DB" 'SELECT count(*) FROM ScheduledMaintenanceCircuits') maintenance circuits"

start=$(date +%s%N)
sqlite3 "$DB" 'SELECT ElementId, Start, "End" FROM UnscheduledOutages' >/dev/null
reference=$(( ($(date +%s%N) - start) / 1000000 ))
echo "reference: sqlite3 reads the outage table in $reference ms"

echo "== full evaluation $FROM to $TO, then one new outage evaluated incrementally, in one process (bench/SlaBench)"
"$WORK/slabench/SlaBench" "$INSTANCE" "$FROM" "$TO" C00042 C00041 2025-06-10T12:00:00Z 30 >"$WORK/slabench.out" 2>"$WORK/slabench.err" ||
    { tail -30 "$WORK/slabench.err" >&2; fail "bench/SlaBench failed"; }
load_warm=$(cut -d' ' -f1-3 /proc/loadavg)
sed 's/^/   /' "$WORK/slabench.out"
full=$(sed -nE 's/^full: ([0-9.]+) ms.*/\1/p' "$WORK/slabench.out")
warm=$(sed -nE 's/^incremental \(C00042\): ([0-9.]+) ms.*/\1/p' "$WORK/slabench.out")

echo "== another new outage on C00042 (2025-06-20 12:00, 30 minutes), evaluated by 'sla evaluate --element' in a fresh process"
sqlite3 "$DB" "INSERT INTO DetectedOutages (ElementId, Start, \"End\", Transitions, Port, DownEvidence, Source, UpdatedAt)
    SELECT Id, $(date -ud '2025-06-20 12:00' +%s%3N), $(date -ud '2025-06-20 12:30' +%s%3N), 2, 'xe-0/0/1', 'bench', 'bench', 0 FROM NetworkElements WHERE VendorId = 'C00042';
  INSERT INTO UnscheduledOutages (DetectedOutageId, ElementId, Start, \"End\", OverrunReported, EndReported)
    SELECT Id, ElementId, Start, \"End\", 0, 0 FROM DetectedOutages WHERE Id = last_insert_rowid();"
start=$(date +%s%N)
(cd "$WORK/app" && "$APP" sla evaluate --time --element C00042 --from 2025-06-20T12:00:00Z --to 2025-06-20T12:30:00Z "--Instance:Path=$INSTANCE") \
    >"$WORK/cold.out" 2>"$WORK/cold.err" || { tail -30 "$WORK/cold.err" >&2; fail "sla evaluate --element failed"; }
cold_wall=$(( ($(date +%s%N) - start) / 1000000 ))
load_cold=$(cut -d' ' -f1-3 /proc/loadavg)
echo "   $(tail -1 "$WORK/cold.out")"
cold=$(sed -nE 's/^evaluated in ([0-9.]+) ms$/\1/p' "$WORK/cold.err")

echo "result: full evaluation $full ms (goal < 2,000 ms: $(verdict "$full < 2000")), incremental in a warm process $warm ms (goal < 20 ms: $(verdict "$warm < 20")); load average $load_warm"
echo "        for reference: incremental in a fresh process $cold ms ('sla evaluate --element', $cold_wall ms process start to exit; load average $load_cold), sqlite3 reads the outage table in $reference ms"
