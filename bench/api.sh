#!/usr/bin/env bash
# Benchmark of the read APIs (a script, not a test): requests/s and p99 latency of /api/v2/summary.json and
# /api/v1/component_status on the large catalog of bench/public-page.sh, next to nginx serving the same bytes.
#
#   bench/api.sh            # about 1-2 minutes on 2 cores; everything on 127.0.0.1
#
# Steps: prepare the large instance (200 services x 5 regions, 20,000 closed + 20 open incidents; see
# bench/lib/common.sh); start the server; save each response body with curl; run wrk at 64 connections against
# each URL on the server, then on nginx serving the saved bodies as files under the same paths.
#
# nginx is the ceiling: it does no work but send a file, so server / nginx says how much of the machine the
# API's work (JSON of 1,000 components, open incidents) costs once it is warm. Goal: summary ratio >= 0.5.
# wrk and the server share the machine's cores, as nginx and wrk do; compare figures only on an idle machine.
#
# Settings (environment): see bench/lib/common.sh.
set -euo pipefail

ENDPOINTS=(/api/v2/summary.json /api/v1/component_status)

# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

prepare_large_instance
start_server

echo "== saving the response bodies"
for path in "${ENDPOINTS[@]}"; do
    mkdir -p "$WORK/nginx/html$(dirname "$path")"
    read -r status seconds < <(curl -s -o "$WORK/nginx/html$path" -w '%{http_code} %{time_total}\n' "$BASE$path")
    [ "$status" = 200 ] || fail "GET $path answered $status"
    # One request alone, for scale: an endpoint slower than BENCH_DURATION shows 0 req/s under wrk.
    echo "   $path: $(stat -c %s "$WORK/nginx/html$path") bytes, $(awk -v s="$seconds" 'BEGIN { printf "%.0f", s * 1000 }') ms alone (first request)"
done

echo "== wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s against the server"
declare -A rps p99 errors
for path in "${ENDPOINTS[@]}"; do
    read -r "rps[server $path]" "p99[server $path]" "errors[server $path]" < <(measure "$BASE$path")
done

echo "== the same bytes from nginx"
start_nginx "$WORK/nginx/html" "${ENDPOINTS[0]}"
for path in "${ENDPOINTS[@]}"; do
    read -r "rps[nginx $path]" "p99[nginx $path]" "errors[nginx $path]" < <(measure "$NGINX_BASE$path")
done

echo
echo "StatusDashboard read APIs, $COMPONENTS components, 20,020 incidents; wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s"
printf '%-36s %10s %10s %8s\n' "" "req/s" "p99 ms" "errors"
for side in server nginx; do
    for path in "${ENDPOINTS[@]}"; do
        printf '%-36s %10s %10s %8s\n' "$side $path" "${rps[$side $path]}" "${p99[$side $path]}" "${errors[$side $path]}"
    done
done
for path in "${ENDPOINTS[@]}"; do
    echo "$path ratio server / nginx: $(ratio "${rps[server $path]}" "${rps[nginx $path]}") req/s," \
        "p99 $(ratio "${p99[server $path]}" "${p99[nginx $path]}")"
done
summary_ratio=$(ratio "${rps[server ${ENDPOINTS[0]}]}" "${rps[nginx ${ENDPOINTS[0]}]}")
echo "summary ratio: $summary_ratio ($(verdict "$summary_ratio >= 0.5"): >= 0.5)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
