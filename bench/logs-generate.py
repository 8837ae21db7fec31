#!/usr/bin/env python3
"""Writes the syslog file and the catalog bench/logs.sh measures (a benchmark input generator, not a test).

    bench/logs-generate.py LOG CATALOG [LINES]     # default 1,000,000 lines

LINES lines over the ten days before now, one line in ten a link down or up on one of 5,000 ports (50 hosts x 100
interfaces, each host one vendor: Cisco IOS, IOS-XR, NX-OS, Junos, Arista EOS, Huawei VRP, in their real formats), the
rest ordinary noise. Each port alternates down and up, hours apart, so every down opens an outage and every up closes
it. Half the hosts are written as rsyslog writes files (RFC 3339 stamps), half as RFC 3164 lines (no year). The
catalog maps every port to a circuit of its own carrying one of 50 components.
"""
import random
import sys
from datetime import datetime, timedelta, timezone

HOSTS = 50
PORTS_PER_HOST = 100
COMPONENTS = 50


def interface(vendor, n):
    """(name the device logs, name the inventory uses) of port n on a host of that vendor."""
    return {
        "ios": (f"GigabitEthernet0/{n // 48}/{n % 48}", f"Gi0/{n // 48}/{n % 48}"),
        "xr": (f"TenGigE0/0/{n // 32}/{n % 32}", f"TenGigE0/0/{n // 32}/{n % 32}"),
        "nxos": (f"Ethernet1/{n + 1}", f"Eth1/{n + 1}"),
        "junos": (f"xe-0/{n // 48}/{n % 48}", f"xe-0/{n // 48}/{n % 48}"),
        "arista": (f"Ethernet{n + 1}/1", f"Et{n + 1}/1"),
        "huawei": (f"GigabitEthernet0/{n // 48}/{n % 48}", f"GigabitEthernet0/{n // 48}/{n % 48}"),
    }[vendor]


def link_message(vendor, name, down, seq):
    state = "down" if down else "up"
    if vendor == "ios":
        if seq % 2:
            return f"{seq}: %LINK-3-UPDOWN: Interface {name}, changed state to {state}"
        return f"{seq}: %LINEPROTO-5-UPDOWN: Line protocol on Interface {name}, changed state to {state}"
    if vendor == "xr":
        return f"RP/0/RSP0/CPU0:ifmgr[201]: %PKT_INFRA-LINK-3-UPDOWN : Interface {name}, changed state to {state.capitalize()}"
    if vendor == "nxos":
        return (f"%ETHPORT-5-IF_DOWN_LINK_FAILURE: Interface {name} is down (Link failure)" if down
                else f"%ETHPORT-5-IF_UP: Interface {name} is up in mode trunk")
    if vendor == "junos":
        trap = "SNMP_TRAP_LINK_DOWN" if down else "SNMP_TRAP_LINK_UP"
        oper = "down(2)" if down else "up(1)"
        return f"mib2d[1542]: {trap}: ifIndex {500 + seq % 1000}, ifAdminStatus up(1), ifOperStatus {oper}, ifName {name}"
    if vendor == "arista":
        return f"Ebra: %LINEPROTO-5-UPDOWN: Line protocol on Interface {name} (to spine1 Et1), changed state to {state}"
    if seq % 2:
        return f"%%01IFNET/4/IF_STATE(l)[{seq % 10000}]:Interface {name} has turned into {state.upper()} state."
    trap = "linkDown_active" if down else "linkDown_clear"
    oper = "DOWN" if down else "UP"
    return f"%%01IFNET/2/{trap}(l):CID=0x80fe0001;The interface status changes. (ifName={name}, AdminStatus=UP, OperStatus={oper})"


NOISE = [
    "{seq}: %SEC-6-IPACCESSLOGP: list 101 denied tcp 10.{a}.{b}.7(51234) -> 192.0.2.{b}(22), 1 packet",
    "{seq}: %SYS-5-CONFIG_I: Configured from console by admin on vty0 (10.{a}.{b}.9)",
    "sshd[{seq}]: Accepted publickey for netops from 10.{a}.{b}.12 port 50422 ssh2",
    "%BGP-5-ADJCHANGE: neighbor 192.0.2.{b} Up",
    "mgd[{seq}]: UI_CMDLINE_READ_LINE: User 'netops', command 'show interfaces terse'",
    "%%01SHELL/5/CMDRECORD(s)[{seq}]:Recorded command information. (Command=display interface brief)",
    "ntpd[{seq}]: synchronized to 10.{a}.{b}.1, stratum 2",
    "%ETH-4-ERR: CRC errors on uplink 10.{a}.{b}.0 below threshold",
]


def main():
    log_path, catalog_path = sys.argv[1], sys.argv[2]
    lines = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
    rng = random.Random(6)
    vendors = ["ios", "xr", "nxos", "junos", "arista", "huawei"]
    hosts = [(f"rtr{h:02d}.bench", vendors[h % len(vendors)]) for h in range(HOSTS)]
    ports = [(host, vendor, n) for host, vendor in hosts for n in range(PORTS_PER_HOST)]

    with open(catalog_path, "w") as catalog:
        catalog.write("components:\n")
        for c in range(COMPONENTS):
            catalog.write(f"  - name: Link Service {c:02d}\n    attributes: {{ region: EU-West, category: Network }}\n")
        catalog.write("providers:\n  - name: benchcarrier\n    senders: carrier.example\ncircuits:\n")
        for i in range(len(ports)):
            catalog.write(f"  - id: BC-{i:05d}\n    provider: benchcarrier\n    components:\n"
                          f"      - {{ service: Link Service {i % COMPONENTS:02d}, region: EU-West }}\n")
        catalog.write("ports:\n")
        for i, (host, vendor, n) in enumerate(ports):
            catalog.write(f"  - {{ host: {host}, interface: {interface(vendor, n)[1]}, element: BC-{i:05d} }}\n")

    start = datetime.now(timezone.utc) - timedelta(days=10)
    step = timedelta(days=9) / lines
    down = [False] * len(ports)
    with open(log_path, "w") as log:
        for seq in range(lines):
            at = start + step * seq
            if seq % 10 == 0:
                p = (seq // 10) % len(ports)
                host, vendor, n = ports[p]
                down[p] = not down[p]
                message = link_message(vendor, interface(vendor, n)[0], down[p], seq)
            else:
                host, vendor = hosts[rng.randrange(HOSTS)]
                message = NOISE[seq % len(NOISE)].format(seq=seq, a=rng.randrange(256), b=rng.randrange(256))
            if int(host[3:5]) % 2:
                stamp = at.strftime("%b ") + f"{at.day:2d}" + at.strftime(" %H:%M:%S")
            else:
                stamp = at.isoformat(timespec="milliseconds")
            log.write(f"{stamp} {host} {message}\n")


if __name__ == "__main__":
    main()
