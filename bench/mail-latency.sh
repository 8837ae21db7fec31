#!/usr/bin/env bash
# Benchmark of mail ingestion latency (a script, not a test): APPEND to the IMAP server -> the maintenance visible on
# the public page, over 20 messages sent one at a time. Goal: median < 5 s with IDLE.
#
#   bench/mail-latency.sh [COUNT]     # default 20 messages; about 2 minutes on 2 cores, everything on 127.0.0.1
#
# Steps: publish Release; provision a catalog whose inventory (provider example.com, circuit
# acme-widgets-as-a-service carrying one component) matches the messages; start Debian's Dovecot (dovecot-imapd) on a
# free port with a temporary maildir and one user, as the dovecot user when run as root; start the server (Production,
# SQLite) with Maintenance:Imap pointed at it; then bench/mail-latency.py APPENDs the corpus's iCalendar notice
# (ical/ical_1.ics, mailed by example.com, with a window next week and a fresh maintenance id each time) and polls
# GET / every 50 ms until the maintenance's title appears. Prints each latency and the median.
#
# Settings (environment): see bench/lib/common.sh (BENCH_KEEP=1 keeps the work folder); SDB_CORPUS_PATH.
set -euo pipefail

COUNT="${1:-20}"

# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
install_debian_packages dovecot-imapd python3

CORPUS="${SDB_CORPUS_PATH:-}"
if [ -z "$CORPUS" ]; then
    dir="$PWD"
    while [ "$dir" != / ]; do
        if [ -d "$dir/shared/corpus/maintenance" ]; then CORPUS="$dir/shared/corpus/maintenance"; break; fi
        dir="$(dirname "$dir")"
    done
fi
[ -n "$CORPUS" ] && [ -d "$CORPUS" ] || fail "the maintenance corpus was not found; set SDB_CORPUS_PATH"

DOVECOT_PID=
stop_dovecot() {
    if [ -n "$DOVECOT_PID" ] && kill -0 "$DOVECOT_PID" 2>/dev/null; then
        kill "$DOVECOT_PID" 2>/dev/null || true
        wait "$DOVECOT_PID" 2>/dev/null || true
    fi
    stop_all
}
trap stop_dovecot EXIT

publish_release

echo "== provisioning the inventory"
cat >"$WORK/catalog.yaml" <<'YAML'
components:
  - name: Object Storage
    attributes: { region: EU-West, category: Storage }
providers:
  - name: Example
    senders: example.com
circuits:
  - id: acme-widgets-as-a-service
    provider: Example
    components:
      - { service: Object Storage, region: EU-West }
YAML
(cd "$WORK/app" && "$APP" bootstrap provision --catalog "$WORK/catalog.yaml" "--Instance:Path=$INSTANCE") >"$WORK/provision.log" 2>&1 ||
    { tail -30 "$WORK/provision.log" >&2; fail "bootstrap provision failed"; }

echo "== starting dovecot"
MAIL="$WORK/dovecot"
IMAP_PORT=$(free_port)
IMAP_USER=noc
IMAP_PASSWORD=bench-secret
mkdir -p "$MAIL/base" "$MAIL/state" "$MAIL/mail"
if [ "$(id -u)" = 0 ]; then RUN_AS=dovecot; else RUN_AS=$(id -un); fi
RUN_GROUP=$(id -gn "$RUN_AS")
echo "$IMAP_USER:{PLAIN}$IMAP_PASSWORD" >"$MAIL/users"
cat >"$MAIL/dovecot.conf" <<CONF
protocols = imap
listen = 127.0.0.1
base_dir = $MAIL/base
state_dir = $MAIL/state
instance_name = sdb-bench-$IMAP_PORT
default_internal_user = $RUN_AS
default_internal_group = $RUN_GROUP
default_login_user = $RUN_AS
first_valid_uid = $(id -u "$RUN_AS")
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
log_path = $MAIL/dovecot.log
mail_location = maildir:$MAIL/mail/%u
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $MAIL/users
}
userdb {
  driver = static
  args = uid=$(id -u "$RUN_AS") gid=$(id -g "$RUN_AS") home=$MAIL/mail/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PORT
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service auth {
  chroot =
}
service stats {
  chroot =
}
CONF
if [ "$(id -u)" = 0 ]; then
    chown -R "$RUN_AS:$RUN_GROUP" "$MAIL"
    chmod 755 "$WORK"
    setpriv --reuid="$RUN_AS" --regid="$RUN_GROUP" --init-groups /usr/sbin/dovecot -F -c "$MAIL/dovecot.conf" >"$MAIL/stdout.log" 2>&1 &
else
    /usr/sbin/dovecot -F -c "$MAIL/dovecot.conf" >"$MAIL/stdout.log" 2>&1 &
fi
DOVECOT_PID=$!
for _ in $(seq 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$IMAP_PORT") 2>/dev/null; then break; fi
    kill -0 "$DOVECOT_PID" 2>/dev/null || { cat "$MAIL/stdout.log" "$MAIL/dovecot.log" >&2; fail "dovecot exited"; }
    sleep 0.1
done

start_server "--Maintenance:Imap:Enabled=true" "--Maintenance:Imap:Host=127.0.0.1" "--Maintenance:Imap:Port=$IMAP_PORT" \
    "--Maintenance:Imap:Security=None" "--Maintenance:Imap:UserName=$IMAP_USER" "--Maintenance:Imap:Password=$IMAP_PASSWORD"
for _ in $(seq 100); do
    grep -q "waiting for mail with IDLE" "$WORK/server.log" && break
    sleep 0.1
done
grep -q "waiting for mail with IDLE" "$WORK/server.log" || { tail -30 "$WORK/server.log" >&2; fail "the server did not open the mailbox with IDLE"; }

echo "== $COUNT messages, APPEND -> maintenance on the public page"
python3 bench/mail-latency.py --imap-port "$IMAP_PORT" --user "$IMAP_USER" --password "$IMAP_PASSWORD" \
    --page "$BASE/" --ics "$CORPUS/ical/ical_1.ics" --count "$COUNT" | tee "$WORK/latencies.txt"
median_s=$(awk '/^message/ { print $NF }' "$WORK/latencies.txt" | median)
processed=$(grep -c "labelled MaintParseSuccess" "$WORK/server.log" || true)
echo "messages labelled MaintParseSuccess by the server: $processed of $COUNT"
echo "result: median ${median_s} s from APPEND to the public page ($(verdict "$median_s < 5"): goal < 5 s with IDLE)"
