"""APPENDs maintenance notices one at a time and times each until it shows on the public page (bench/mail-latency.sh)."""
import argparse
import datetime
import imaplib
import time
import urllib.request


def notice(ics: str, number: int) -> tuple[str, bytes]:
    maintenance_id = f"BENCH-{int(time.time())}-{number}"
    start = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0) + datetime.timedelta(days=7, hours=number)
    stamp = lambda t: t.strftime("%Y%m%dT%H%M%SZ")
    body = (ics.replace("20151010T080000Z", stamp(start))
            .replace("20151010T100000Z", stamp(start + datetime.timedelta(hours=2)))
            .replace("WorkOrder-31415", maintenance_id))
    body = "\r\n".join(body.strip().splitlines())
    message = (f"From: Example NOC <noone@example.com>\r\nTo: noc@example.net\r\nSubject: Maintenance {maintenance_id}\r\n"
               f"Message-ID: <{maintenance_id}@bench.example.com>\r\nMIME-Version: 1.0\r\n"
               f"Content-Type: text/calendar; charset=utf-8; method=PUBLISH\r\n\r\n{body}\r\n")
    return maintenance_id, message.encode()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--imap-port", type=int, required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--page", required=True)
    parser.add_argument("--ics", required=True)
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--timeout", type=float, default=60)
    args = parser.parse_args()
    ics = open(args.ics, encoding="utf-8").read()
    imap = imaplib.IMAP4("127.0.0.1", args.imap_port)
    imap.login(args.user, args.password)
    for number in range(1, args.count + 1):
        maintenance_id, message = notice(ics, number)
        title = f"example.com maintenance {maintenance_id}".encode()
        sent = time.monotonic()
        status, _ = imap.append("INBOX", None, None, message)
        if status != "OK":
            raise SystemExit(f"APPEND of {maintenance_id} failed: {status}")
        while True:
            with urllib.request.urlopen(args.page, timeout=10) as response:
                if title in response.read():
                    break
            if time.monotonic() - sent > args.timeout:
                raise SystemExit(f"{maintenance_id} was not on {args.page} {args.timeout:.0f} s after APPEND")
            time.sleep(0.05)
        print(f"message {number:2d} {maintenance_id}: {time.monotonic() - sent:.3f}", flush=True)
    imap.logout()


if __name__ == "__main__":
    main()
