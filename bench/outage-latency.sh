#!/usr/bin/env bash
# Benchmark of outage latency (a script, not a test): a link-down sent by syslog over UDP -> the outage's incident on
# the public page, and the link-up -> the incident gone from it, over 20 events. Goal: median < 2 s.
#
#   bench/outage-latency.sh [COUNT]     # default 20 down/up pairs, everything on 127.0.0.1
#
# Steps: publish Release; provision a catalog whose inventory maps the port Gi0/1 of this machine's host name (logger
# writes it into the RFC 5424 header) to the circuit BENCH-LINK-1 carrying one component; start the server
# (Production, SQLite) with the syslog listener on a free loopback UDP port (Outages__Syslog__*); then COUNT times:
# `logger` (util-linux) sends a Cisco %LINK-3-UPDOWN down for the port, GET / is polled every 20 ms until the page
# names the incident (its title names the circuit), then the up is sent
# and / is polled until the open incident has left the page. Prints each latency and the medians.
#
# Settings (environment): see bench/lib/common.sh (BENCH_KEEP=1 keeps the work folder).
set -euo pipefail

COUNT="${1:-20}"

# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
install_debian_packages bsdutils

publish_release

HOST=$(hostname)
echo "== provisioning the inventory (port $HOST Gi0/1 -> circuit BENCH-LINK-1)"
cat >"$WORK/catalog.yaml" <<YAML
components:
  - name: Backbone
    attributes: { region: EU-West, category: Network }
providers:
  - name: benchcarrier
    senders: carrier.example
circuits:
  - id: BENCH-LINK-1
    provider: benchcarrier
    components:
      - { service: Backbone, region: EU-West }
ports:
  - { host: $HOST, interface: Gi0/1, element: BENCH-LINK-1 }
YAML
(cd "$WORK/app" && "$APP" bootstrap provision --catalog "$WORK/catalog.yaml" "--Instance:Path=$INSTANCE") >"$WORK/provision.log" 2>&1 ||
    { tail -30 "$WORK/provision.log" >&2; fail "bootstrap provision failed"; }

SYSLOG_PORT=$(free_port)
export Outages__Syslog__Enabled=true Outages__Syslog__Address=127.0.0.1 Outages__Syslog__UdpPort="$SYSLOG_PORT" Outages__Syslog__TcpPort=0
start_server
echo "   syslog listener on udp://127.0.0.1:$SYSLOG_PORT"

now_ms() { date +%s%3N; }

# The public page lists open incidents only; the incident's title ("Network outage: circuit BENCH-LINK-1 (benchcarrier)")
# is the only place the circuit's name appears there.
open_on_page() { curl -fs "$BASE/" | grep -qF "BENCH-LINK-1"; }

# wait_until want: polls every 20 ms until open_on_page answers want (0 shown, 1 gone); fails after 60 s.
wait_until() {
    local want=$1 deadline=$(($(now_ms) + 60000)) got
    while :; do
        if open_on_page; then got=0; else got=1; fi
        [ "$got" = "$want" ] && return 0
        [ "$(now_ms)" -lt "$deadline" ] || { tail -30 "$WORK/server.log" >&2; fail "the page did not follow within 60 s"; }
        sleep 0.02
    done
}

send() {
    logger --udp --server 127.0.0.1 --port "$SYSLOG_PORT" --rfc5424 -t ios -p local7.err \
        "%LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to $1"
}

open_on_page && fail "the incident is on the page before any link-down"
: >"$WORK/down.txt"
: >"$WORK/up.txt"
echo "== $COUNT link-down / link-up pairs"
for ((i = 1; i <= COUNT; i++)); do
    start=$(now_ms)
    send down
    wait_until 0
    down_ms=$(($(now_ms) - start))
    sleep 1
    start=$(now_ms)
    send up
    wait_until 1
    up_ms=$(($(now_ms) - start))
    echo "$down_ms" >>"$WORK/down.txt"
    echo "$up_ms" >>"$WORK/up.txt"
    printf '%2d: down -> incident shown %5d ms, up -> incident gone %5d ms\n' "$i" "$down_ms" "$up_ms"
    sleep 1
done

down_median=$(median <"$WORK/down.txt")
up_median=$(median <"$WORK/up.txt")
echo "median: down -> shown $down_median ms, up -> gone $up_median ms"
echo "result: median $down_median ms from link-down to the incident on the page (goal < 2,000 ms: $(verdict "$down_median < 2000"))"
