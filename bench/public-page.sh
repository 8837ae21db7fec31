#!/usr/bin/env bash
# Benchmark of the public pages (a script, not a test): how fast the server answers warm, how long a cold render
# takes, how big the index is and how much memory the server holds, next to nginx serving the same index as a file.
#
#   bench/public-page.sh            # about 2 minutes on 2 cores; everything on 127.0.0.1
#
# Steps: publish Release; generate a catalog of 200 services x 5 regions and provision it with
# `StatusDashboard bootstrap provision --catalog FILE`; add 20,000 closed incidents (3 updates each) and 20 open
# ones with sqlite3 (bench/incidents.sql); start the server in Production on a free port; run wrk at 64 connections
# against /, /incidents/{id} and /history; save the index and serve it from nginx, measured the same way.
#
# Cold render: the server runs with Bench:EnableCacheReset=true, which maps POST /bench/cache-reset (loopback only,
# off by default) invalidating the catalog and incidents cache tags, everything the index is built from.
# Each of 20 rounds empties the page cache through it, then times one GET / with curl; the figure is
# the median. The server stays warm (JIT, connection pool), so this is what a reader pays on a cache miss, which is
# what the goal is about; a restart would also time start-up.
#
# wrk and the server share the machine's cores, as nginx and wrk do; the figures are only worth comparing on an
# otherwise idle machine, so the load average is printed with them.
#
# Settings (environment): see bench/lib/common.sh.
set -euo pipefail

COLD_ROUNDS=20

# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

prepare_large_instance
start_server --Bench:EnableCacheReset=true
for path in / "/incidents/$INCIDENT_ID" /history; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")
    [ "$status" = 200 ] || fail "GET $path answered $status"
done

echo "== index size"
curl -fs -o "$WORK/index.html" "$BASE/"
size_plain=$(curl -fs -o /dev/null -w '%{size_download}' "$BASE/")
size_br=$(curl -fs -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download}' "$BASE/")
size_gzip=$(curl -fs -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$BASE/")

echo "== cold render: median of $COLD_ROUNDS index requests right after a cache reset"
cold_times=()
for ((round = 0; round < COLD_ROUNDS; round++)); do
    reset=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/bench/cache-reset")
    [ "$reset" = 204 ] || fail "POST /bench/cache-reset answered $reset"
    cold_times+=("$(curl -fs -o /dev/null -w '%{time_total}' "$BASE/")")
done
cold_ms=$(printf '%s\n' "${cold_times[@]}" | median | awk '{ printf "%.1f", $1 * 1000 }')

echo "== wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s against the server"
curl -fs -o /dev/null "$BASE/"
read -r index_rps index_p99 index_errors < <(measure "$BASE/")
read -r incident_rps incident_p99 incident_errors < <(measure "$BASE/incidents/$INCIDENT_ID")
read -r history_rps history_p99 history_errors < <(measure "$BASE/history")
rss_kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$SERVER_PID/status")

echo "== the same index from nginx"
mkdir -p "$WORK/nginx/html"
cp "$WORK/index.html" "$WORK/nginx/html/index.html"
start_nginx "$WORK/nginx/html"
read -r nginx_rps nginx_p99 nginx_errors < <(measure "$NGINX_BASE/")

index_ratio=$(ratio "$index_rps" "$nginx_rps")

echo
echo "StatusDashboard public pages, $COMPONENTS components, 20,020 incidents; wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s"
printf '%-28s %10s %10s %8s\n' "" "req/s" "p99 ms" "errors"
printf '%-28s %10s %10s %8s\n' "server /" "$index_rps" "$index_p99" "$index_errors"
printf '%-28s %10s %10s %8s\n' "server /incidents/$INCIDENT_ID" "$incident_rps" "$incident_p99" "$incident_errors"
printf '%-28s %10s %10s %8s\n' "server /history" "$history_rps" "$history_p99" "$history_errors"
printf '%-28s %10s %10s %8s\n' "nginx, the same index" "$nginx_rps" "$nginx_p99" "$nginx_errors"
echo "index ratio server / nginx: $index_ratio req/s, p99 $index_p99 ms ($(verdict "$index_ratio >= 0.5 && $index_p99 < 20"): >= 0.5 with p99 < 20 ms)"
echo "p99 ratio server / nginx: $(ratio "$index_p99" "$nginx_p99")"
echo "cold render of the index (median of $COLD_ROUNDS): $cold_ms ms ($(verdict "$cold_ms < 50"): < 50 ms)"
echo "index size: $size_plain bytes plain, $size_br Brotli, $size_gzip gzip ($(verdict "$size_plain < 204800"): < 200 KB plain)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server resident memory after the run: $((rss_kb / 1024)) MB ($(verdict "$rss_kb < 307200"): < 300 MB)"
