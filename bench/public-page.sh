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
# Settings (environment): BENCH_DURATION (wrk seconds per URL, default 10), BENCH_CONNECTIONS (default 64),
# BENCH_THREADS (default 2), BENCH_KEEP=1 keeps the work folder (published app, database, logs) for a look afterwards.
set -euo pipefail

DURATION=${BENCH_DURATION:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
THREADS=${BENCH_THREADS:-2}
SERVICES=200
REGIONS=(EU-West EU-North EU-Central US-East AP-South)
CATEGORIES=(Compute Storage Network Database Security Analytics Containers Messaging Identity Monitoring)
COLD_ROUNDS=20

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=../scripts/lib/debian-packages.sh
source scripts/lib/debian-packages.sh
install_debian_packages wrk nginx sqlite3 curl

WORK=$(mktemp -d /tmp/sdb-bench.XXXXXX)
chmod 755 "$WORK"
SERVER_PID=
NGINX_PID=

stop_all() {
    local pid
    for pid in "$SERVER_PID" "$NGINX_PID"; do
        if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
        fi
    done
    if [ "${BENCH_KEEP:-0}" = 1 ]; then
        echo "work folder kept: $WORK"
    else
        rm -rf "$WORK"
    fi
}
trap stop_all EXIT
trap 'exit 130' INT TERM

fail() {
    echo "error: $*" >&2
    exit 1
}

# A port nothing listens on: connecting to it is refused.
free_port() {
    local port
    for _ in $(seq 50); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    fail "no free port found on 127.0.0.1"
}

wait_for_http() {
    local url=$1 pid=$2 log=$3
    for _ in $(seq 120); do
        curl -fs -o /dev/null "$url" && return 0
        kill -0 "$pid" 2>/dev/null || { tail -30 "$log" >&2; fail "the process serving $url exited"; }
        sleep 0.5
    done
    tail -30 "$log" >&2
    fail "$url did not answer within 60 s"
}

# wrk URL -> "requests_per_second p99_milliseconds errors"; errors are non-2xx/3xx answers plus socket errors
# (timeouts after 5 s included), reported rather than fatal so one slow page does not hide the other figures.
measure() {
    local url=$1
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s --latency "$url" | awk '
        function ms(value) {
            if (value ~ /us$/) return value / 1000
            if (value ~ /ms$/) return value + 0
            if (value ~ /s$/) return value * 1000
            return value * 1000
        }
        /Requests\/sec:/ { rps = $2 }
        $1 == "99%" { p99 = ms($2) }
        /Non-2xx or 3xx responses:/ { errors += $NF }
        /Socket errors:/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
        END { printf "%.0f %.2f %d\n", rps, p99, errors }
    '
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo "== publishing Release"
dotnet publish StatusDashboard/StatusDashboard.csproj -c Release -o "$WORK/app" --nologo -v quiet >"$WORK/publish.log" 2>&1 ||
    { tail -30 "$WORK/publish.log" >&2; fail "dotnet publish failed"; }
APP="$WORK/app/StatusDashboard"
INSTANCE="$WORK/instance"
mkdir -p "$INSTANCE"
export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production

echo "== generating the catalog: $SERVICES services x ${#REGIONS[@]} regions"
CATALOG="$WORK/catalog.yaml"
{
    echo "components:"
    for ((s = 1; s <= SERVICES; s++)); do
        category=${CATEGORIES[$(((s - 1) % ${#CATEGORIES[@]}))]}
        for region in "${REGIONS[@]}"; do
            printf -- '  - name: %s Service %03d\n    attributes: { region: %s, category: %s }\n' "$category" "$s" "$region" "$category"
        done
    done
} >"$CATALOG"

echo "== provisioning it"
(cd "$WORK/app" && "$APP" bootstrap provision --catalog "$CATALOG" "--Instance:Path=$INSTANCE") >"$WORK/provision.log" 2>&1 ||
    { tail -30 "$WORK/provision.log" >&2; fail "bootstrap provision failed"; }
DB="$INSTANCE/statusdashboard.db"
components=$(sqlite3 "$DB" 'SELECT count(*) FROM Components')
[ "$components" -eq $((SERVICES * ${#REGIONS[@]})) ] || fail "provisioning made $components components, not $((SERVICES * ${#REGIONS[@]}))"

echo "== inserting 20,000 closed and 20 open incidents"
sqlite3 "$DB" ".parameter set :now $(date +%s%3N)" ".read bench/incidents.sql"
INCIDENT_ID=$(sqlite3 "$DB" 'SELECT Id FROM Incidents WHERE "End" IS NULL ORDER BY Start DESC LIMIT 1')
echo "   $(sqlite3 "$DB" 'SELECT count(*) FROM Incidents') incidents, $(sqlite3 "$DB" 'SELECT count(*) FROM IncidentUpdates') updates"

echo "== starting the server (Production)"
PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
(cd "$WORK/app" && exec "$APP" "--urls=$BASE" "--Instance:Path=$INSTANCE" --Bench:EnableCacheReset=true) >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
wait_for_http "$BASE/" "$SERVER_PID" "$WORK/server.log"
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
NGINX_PORT=$(free_port)
mkdir -p "$WORK/nginx/html" "$WORK/nginx/temp"
cp "$WORK/index.html" "$WORK/nginx/html/index.html"
chmod -R a+rX "$WORK/nginx"
cat >"$WORK/nginx/nginx.conf" <<EOF
daemon off;
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    default_type text/html;
    client_body_temp_path $WORK/nginx/temp/body;
    proxy_temp_path $WORK/nginx/temp/proxy;
    fastcgi_temp_path $WORK/nginx/temp/fastcgi;
    uwsgi_temp_path $WORK/nginx/temp/uwsgi;
    scgi_temp_path $WORK/nginx/temp/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/nginx/html;
        index index.html;
    }
}
EOF
nginx -e "$WORK/nginx/error.log" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" >"$WORK/nginx/stdout.log" 2>&1 &
NGINX_PID=$!
wait_for_http "http://127.0.0.1:$NGINX_PORT/" "$NGINX_PID" "$WORK/nginx/error.log"
read -r nginx_rps nginx_p99 nginx_errors < <(measure "http://127.0.0.1:$NGINX_PORT/")

ratio=$(awk -v a="$index_rps" -v b="$nginx_rps" 'BEGIN { printf "%.2f", a / b }')
verdict() { if awk "BEGIN { exit !($1) }"; then echo "goal met"; else echo "goal MISSED"; fi; }

echo
echo "StatusDashboard public pages, $components components, 20,020 incidents; wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s"
printf '%-28s %10s %10s %8s\n' "" "req/s" "p99 ms" "errors"
printf '%-28s %10s %10s %8s\n' "server /" "$index_rps" "$index_p99" "$index_errors"
printf '%-28s %10s %10s %8s\n' "server /incidents/$INCIDENT_ID" "$incident_rps" "$incident_p99" "$incident_errors"
printf '%-28s %10s %10s %8s\n' "server /history" "$history_rps" "$history_p99" "$history_errors"
printf '%-28s %10s %10s %8s\n' "nginx, the same index" "$nginx_rps" "$nginx_p99" "$nginx_errors"
echo "index ratio server / nginx: $ratio req/s, p99 $index_p99 ms ($(verdict "$ratio >= 0.5 && $index_p99 < 20"): >= 0.5 with p99 < 20 ms)"
echo "p99 ratio server / nginx: $(awk -v a="$index_p99" -v b="$nginx_p99" 'BEGIN { printf "%.2f", a / b }')"
echo "cold render of the index (median of $COLD_ROUNDS): $cold_ms ms ($(verdict "$cold_ms < 50"): < 50 ms)"
echo "index size: $size_plain bytes plain, $size_br Brotli, $size_gzip gzip ($(verdict "$size_plain < 204800"): < 200 KB plain)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server resident memory after the run: $((rss_kb / 1024)) MB ($(verdict "$rss_kb < 307200"): < 300 MB)"
