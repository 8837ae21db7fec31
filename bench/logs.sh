#!/usr/bin/env bash
# Benchmark of log-file ingestion (a script, not a test): syslog lines per second through `ingest logs FILE` end to
# end, Release build, timed from process start to exit: host start and the pending-migration check, reading the file
# (lines without a link code turned away on their bytes), recognising the link lines, outage detection in SQLite
# (batches of Outages:FileBatchLines lines, rows written with prepared multi-row commands, a checkpoint per batch),
# then the unscheduled outages, incidents and SLA measurements of the elements that changed. Goal: >= 250,000 lines/s.
#
#   bench/logs.sh [LINES]     # default 1,000,000 lines
#
# Steps: publish Release; bench/logs-generate.py writes LINES syslog lines (Cisco IOS/IOS-XR, NX-OS, Junos, Arista,
# Huawei link downs and ups in their real formats, one line in ten, on 5,000 ports; the rest noise) and a catalog whose
# inventory maps those ports to circuits; `bootstrap provision` loads it into a temporary instance; then the file is
# ingested once, timed. As the reference, `grep -c UPDOWN` reads the same file (warm cache) in the same run: on a loaded
# machine both rates fall and the ratio stays. The command's own breakdown (reading, recognising, detector) is printed
# from its log.
#
# Settings (environment): see bench/lib/common.sh (BENCH_KEEP=1 keeps the work folder).
set -euo pipefail

LINES="${1:-1000000}"

# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
install_debian_packages python3

publish_release

echo "== generating $LINES syslog lines and the catalog of 5,000 ports"
LOG="$WORK/network.log"
python3 bench/logs-generate.py "$LOG" "$WORK/catalog.yaml" "$LINES"

echo "== provisioning it"
(cd "$WORK/app" && "$APP" bootstrap provision --catalog "$WORK/catalog.yaml" "--Instance:Path=$INSTANCE") >"$WORK/provision.log" 2>&1 ||
    { tail -30 "$WORK/provision.log" >&2; fail "bootstrap provision failed"; }
PORTS=$(sqlite3 "$INSTANCE/statusdashboard.db" 'SELECT count(*) FROM EquipmentPorts')
[ "$PORTS" -eq 5000 ] || fail "provisioning made $PORTS ports, not 5000"

# Elapsed seconds of a command, its output to $WORK/last.out.
timed() {
    local start end
    start=$(date +%s%N)
    "$@" >"$WORK/last.out" 2>&1 || { tail -30 "$WORK/last.out" >&2; fail "$* failed"; }
    end=$(date +%s%N)
    awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }'
}

echo "== reference: grep -c UPDOWN"
cat "$LOG" >/dev/null
grep_seconds=$(timed grep -c UPDOWN "$LOG")
grep_rate=$(awk -v n="$LINES" -v s="$grep_seconds" 'BEGIN { printf "%.0f", n / s }')
echo "grep -c UPDOWN: $(cat "$WORK/last.out") matching lines, $grep_seconds s, $grep_rate lines/s"

echo "== ingest logs (Release, SQLite)"
ingest() { (cd "$WORK/app" && "$APP" ingest logs "$LOG" "--Instance:Path=$INSTANCE"); }
ingest_seconds=$(timed ingest)
ingest_rate=$(awk -v n="$LINES" -v s="$ingest_seconds" 'BEGIN { printf "%.0f", n / s }')
grep -F "$LOG: " "$WORK/last.out" | grep -v timing
grep -E 'Log file timing' "$WORK/last.out" | sed -E 's/.*(Log file timing)/\1/' || true
echo "   $(sqlite3 "$INSTANCE/statusdashboard.db" 'SELECT count(*) FROM DetectedOutages') detected outages, $(sqlite3 "$INSTANCE/statusdashboard.db" 'SELECT count(*) FROM DetectedOutages WHERE "End" IS NULL') open"
echo "ingest logs: $ingest_seconds s, $ingest_rate lines/s"
echo "ratio ingest / grep: $(ratio "$ingest_rate" "$grep_rate")"
echo "result: $ingest_rate lines/s end to end (goal >= 250,000 lines/s: $(verdict "$ingest_rate >= 250000"))"
