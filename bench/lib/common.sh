# Sourced by the benchmark scripts in bench/ (scripts, not tests): the large instance they all measure, the server
# and nginx as child processes, wrk measurements, and the cleanup that stops everything on exit.
#
# Sourcing it moves to the repository root, installs wrk, nginx, sqlite3 and curl if missing, makes the work folder
# $WORK and sets the EXIT trap that stops the server and nginx and removes $WORK.
#
# Settings (environment): BENCH_DURATION (wrk seconds per URL, default 10), BENCH_CONNECTIONS (default 64),
# BENCH_THREADS (default 2), BENCH_KEEP=1 keeps the work folder (published app, database, logs) for a look afterwards.

DURATION=${BENCH_DURATION:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
THREADS=${BENCH_THREADS:-2}
SERVICES=200
REGIONS=(EU-West EU-North EU-Central US-East AP-South)
CATEGORIES=(Compute Storage Network Database Security Analytics Containers Messaging Identity Monitoring)

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
# shellcheck source=../../scripts/lib/debian-packages.sh
source scripts/lib/debian-packages.sh
install_debian_packages wrk nginx sqlite3 curl

WORK=$(mktemp -d /tmp/sdb-bench.XXXXXX)
chmod 755 "$WORK"
SERVER_PID=
NGINX_PID=

# The server finishes the requests in flight before it stops (for a slow endpoint under wrk, that can be dozens of
# seconds of work nobody reads), so each process gets 10 s after SIGTERM and is then killed.
stop_all() {
    local pid
    for pid in "$SERVER_PID" "$NGINX_PID"; do
        if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 20); do
                kill -0 "$pid" 2>/dev/null || break
                sleep 0.5
            done
            kill -KILL "$pid" 2>/dev/null || true
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

# Publishes Release for this machine's runtime, as it would be deployed (so ReadyToRun: compiled ahead of time, see
# StatusDashboard.csproj), into $WORK/app and sets APP (the published host) and INSTANCE (an empty instance folder);
# exports the Production environment for the server started afterwards.
publish_release() {
    local rid
    rid=$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')
    echo "== publishing Release for $rid (ReadyToRun)"
    dotnet publish StatusDashboard/StatusDashboard.csproj -c Release -r "$rid" --self-contained false -o "$WORK/app" --nologo -v quiet >"$WORK/publish.log" 2>&1 ||
        { tail -30 "$WORK/publish.log" >&2; fail "dotnet publish failed"; }
    APP="$WORK/app/StatusDashboard"
    INSTANCE="$WORK/instance"
    mkdir -p "$INSTANCE"
    export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production
}

# Publishes Release (publish_release), generates a catalog of $SERVICES services x ${#REGIONS[@]} regions, provisions
# it with `StatusDashboard bootstrap provision --catalog FILE` and adds 20,000 closed incidents (3 updates each) and
# 20 open ones with sqlite3 (bench/incidents.sql). Sets APP, INSTANCE, DB, COMPONENTS and INCIDENT_ID (the newest
# open incident) and exports the Production environment for the server started afterwards.
prepare_large_instance() {
    publish_release

    echo "== generating the catalog: $SERVICES services x ${#REGIONS[@]} regions"
    local catalog="$WORK/catalog.yaml" s category region
    {
        echo "components:"
        for ((s = 1; s <= SERVICES; s++)); do
            category=${CATEGORIES[$(((s - 1) % ${#CATEGORIES[@]}))]}
            for region in "${REGIONS[@]}"; do
                printf -- '  - name: %s Service %03d\n    attributes: { region: %s, category: %s }\n' "$category" "$s" "$region" "$category"
            done
        done
    } >"$catalog"

    echo "== provisioning it"
    (cd "$WORK/app" && "$APP" bootstrap provision --catalog "$catalog" "--Instance:Path=$INSTANCE") >"$WORK/provision.log" 2>&1 ||
        { tail -30 "$WORK/provision.log" >&2; fail "bootstrap provision failed"; }
    DB="$INSTANCE/statusdashboard.db"
    COMPONENTS=$(sqlite3 "$DB" 'SELECT count(*) FROM Components')
    [ "$COMPONENTS" -eq $((SERVICES * ${#REGIONS[@]})) ] || fail "provisioning made $COMPONENTS components, not $((SERVICES * ${#REGIONS[@]}))"

    echo "== inserting 20,000 closed and 20 open incidents"
    sqlite3 "$DB" ".parameter set :now $(date +%s%3N)" ".read bench/incidents.sql"
    INCIDENT_ID=$(sqlite3 "$DB" 'SELECT Id FROM Incidents WHERE "End" IS NULL ORDER BY Start DESC LIMIT 1')
    echo "   $(sqlite3 "$DB" 'SELECT count(*) FROM Incidents') incidents, $(sqlite3 "$DB" 'SELECT count(*) FROM IncidentUpdates') updates"
}

# start_server [ARGUMENT...]: starts the published server on a free port with the prepared instance and the extra
# configuration arguments, and waits until / answers. Sets BASE and SERVER_PID; the log is $WORK/server.log.
start_server() {
    echo "== starting the server (Production)"
    BASE="http://127.0.0.1:$(free_port)"
    (cd "$WORK/app" && exec "$APP" "--urls=$BASE" "--Instance:Path=$INSTANCE" "$@") >"$WORK/server.log" 2>&1 &
    SERVER_PID=$!
    wait_for_http "$BASE/" "$SERVER_PID" "$WORK/server.log"
}

# start_nginx DIR [PATH]: serves the files below DIR from nginx on a free port, in the foreground (daemon off) as a child
# process so the trap stops it; the paths under DIR are the URL paths. Files without a known extension are sent as
# text/html, others by nginx's own types (.json as application/json). Waits until PATH (default /) answers.
# Sets NGINX_BASE and NGINX_PID.
start_nginx() {
    local root=$1 path=${2:-/} port
    port=$(free_port)
    mkdir -p "$WORK/nginx/temp"
    chmod -R a+rX "$WORK/nginx" "$root"
    cat >"$WORK/nginx/nginx.conf" <<CONF
daemon off;
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    include /etc/nginx/mime.types;
    default_type text/html;
    client_body_temp_path $WORK/nginx/temp/body;
    proxy_temp_path $WORK/nginx/temp/proxy;
    fastcgi_temp_path $WORK/nginx/temp/fastcgi;
    uwsgi_temp_path $WORK/nginx/temp/uwsgi;
    scgi_temp_path $WORK/nginx/temp/scgi;
    server {
        listen 127.0.0.1:$port;
        root $root;
        index index.html;
    }
}
CONF
    nginx -e "$WORK/nginx/error.log" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" >"$WORK/nginx/stdout.log" 2>&1 &
    NGINX_PID=$!
    NGINX_BASE="http://127.0.0.1:$port"
    wait_for_http "$NGINX_BASE$path" "$NGINX_PID" "$WORK/nginx/error.log"
}

# verdict CONDITION: "goal met" when the awk condition holds, otherwise "goal MISSED".
verdict() { if awk "BEGIN { exit !($1) }"; then echo "goal met"; else echo "goal MISSED"; fi; }

# ratio A B: A / B with two decimals, "n/a" when B is 0 (nothing measured).
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.2f", a / b }'; }
