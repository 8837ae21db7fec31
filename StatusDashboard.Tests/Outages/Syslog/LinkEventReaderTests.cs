using StatusDashboard.Core.Outages.Syslog;

namespace StatusDashboard.Tests.Outages.Syslog;

public sealed class LinkEventReaderTests
{
    private static readonly DateTimeOffset Received = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static LogLineOrigin Origin(DateTimeOffset? received = null, string? sender = "10.0.0.9", TimeZoneInfo? zone = null) =>
        new(received ?? Received, sender, _ => zone ?? TimeZoneInfo.Utc);

    public static TheoryData<string, string, string, LinkState, bool, string> VendorLines => new()
    {
        { "<187>Mar  1 06:05:00 core1 45: *Mar  1 06:05:00.123: %LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to down", "core1", "GigabitEthernet0/1", LinkState.Down, false, "cisco-ios" },
        { "<189>Mar  1 06:05:01 core1 46: %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/1, changed state to up", "core1", "GigabitEthernet0/1", LinkState.Up, false, "cisco-ios" },
        { "<189>Mar  1 06:05:02 core1 47: %LINK-5-CHANGED: Interface TenGigabitEthernet1/0/3, changed state to administratively down", "core1", "TenGigabitEthernet1/0/3", LinkState.Down, true, "cisco-ios" },
        { "Mar  1 06:05:03 xr1 RP/0/RSP0/CPU0:Mar  1 06:05:03.042 UTC: ifmgr[201]: %PKT_INFRA-LINK-3-UPDOWN : Interface TenGigE0/0/0/1, changed state to Down", "xr1", "TenGigE0/0/0/1", LinkState.Down, false, "cisco-iosxr" },
        { "Mar  1 06:05:04 xr1 RP/0/RSP0/CPU0:Mar  1 06:05:04 UTC: ifmgr[201]: %PKT_INFRA-LINEPROTO-5-UPDOWN : Line protocol on Interface TenGigE0/0/0/1, changed state to Up", "xr1", "TenGigE0/0/0/1", LinkState.Up, false, "cisco-iosxr" },
        { "<189>1 2024-03-01T06:05:05Z nx1 - - - - 2024 Mar  1 06:05:05 UTC: %ETHPORT-5-IF_DOWN_LINK_FAILURE: Interface Ethernet1/49 is down (Link failure)", "nx1", "Ethernet1/49", LinkState.Down, false, "cisco-nxos" },
        { "<189>1 2024-03-01T06:05:06Z nx1 - - - - %ETHPORT-5-IF_DOWN_ADMIN_DOWN: Interface Ethernet1/2 is down (Administratively down)", "nx1", "Ethernet1/2", LinkState.Down, true, "cisco-nxos" },
        { "<189>1 2024-03-01T06:05:07Z nx1 - - - - %ETHPORT-5-IF_UP: Interface Ethernet1/49 is up in mode trunk", "nx1", "Ethernet1/49", LinkState.Up, false, "cisco-nxos" },
        { "<28>Mar  1 06:05:08 mx1 mib2d[1542]: SNMP_TRAP_LINK_DOWN: ifIndex 526, ifAdminStatus up(1), ifOperStatus down(2), ifName xe-0/0/1", "mx1", "xe-0/0/1", LinkState.Down, false, "junos" },
        { "<28>Mar  1 06:05:09 mx1 mib2d[1542]: SNMP_TRAP_LINK_DOWN: ifIndex 527, ifAdminStatus down(2), ifOperStatus down(2), ifName ge-0/0/2", "mx1", "ge-0/0/2", LinkState.Down, true, "junos" },
        { "<28>1 2024-03-01T06:05:10.512+00:00 mx1 mib2d 1542 SNMP_TRAP_LINK_UP [junos@2636.1.1.1.2.21 snmp-interface-index=\"526\" admin-status=\"up(1)\" operational-status=\"up(1)\" interface-name=\"xe-0/0/1\"] ifIndex 526, ifAdminStatus up(1), ifOperStatus up(1), ifName xe-0/0/1", "mx1", "xe-0/0/1", LinkState.Up, false, "junos" },
        { "<187>Mar  1 06:05:11 leaf1 Ebra: %LINEPROTO-5-UPDOWN: Line protocol on Interface Ethernet49/1 (to spine1 Et1), changed state to down", "leaf1", "Ethernet49/1", LinkState.Down, false, "arista-eos" },
        { "<187>Mar  1 06:05:12 leaf1 Ebra: %LINEPROTO-5-UPDOWN: Line protocol on Interface Ethernet49/1 (to spine1 Et1), changed state to up", "leaf1", "Ethernet49/1", LinkState.Up, false, "arista-eos" },
        { "<188>Mar  1 06:05:13 ne40 %%01IFNET/4/IF_STATE(l)[1234]:Interface GigabitEthernet0/0/1 has turned into DOWN state.", "ne40", "GigabitEthernet0/0/1", LinkState.Down, false, "huawei-vrp" },
        { "<188>Mar  1 06:05:14 ne40 %%01IFNET/4/IF_STATE(l)[1235]:Interface GigabitEthernet0/0/1 has turned into UP state.", "ne40", "GigabitEthernet0/0/1", LinkState.Up, false, "huawei-vrp" },
        { "<185>Mar  1 06:05:15 ne40 %%01IFNET/2/linkDown_active(l):CID=0x80fe0001;The interface status changes. (ifName=GigabitEthernet0/0/2, AdminStatus=DOWN, OperStatus=DOWN, Reason=The interface is shut down)", "ne40", "GigabitEthernet0/0/2", LinkState.Down, true, "huawei-vrp" },
        { "<185>Mar  1 06:05:16 ne40 %%01IFNET/2/linkDown_clear(l):CID=0x80fe0002;The interface status changes. (ifName=GigabitEthernet0/0/3, AdminStatus=UP, OperStatus=UP)", "ne40", "GigabitEthernet0/0/3", LinkState.Up, false, "huawei-vrp" },
    };

    [Theory]
    [MemberData(nameof(VendorLines))]
    public void Read_RecognisesEachVendorsLinkMessages(string line, string host, string @interface, LinkState state, bool administrative, string vendor)
    {
        var linkEvent = LinkEventReader.Read(line, Origin());

        Assert.NotNull(linkEvent);
        Assert.Equal((host, @interface, state, administrative, vendor), (linkEvent.Host, linkEvent.Interface, linkEvent.State, linkEvent.Administrative, linkEvent.Vendor));
        Assert.Equal(new DateOnly(2024, 3, 1), DateOnly.FromDateTime(linkEvent.Timestamp.UtcDateTime));
        Assert.Equal(6, linkEvent.Timestamp.UtcDateTime.Hour);
    }

    [Theory]
    [InlineData("<189>Mar  1 06:05:00 core1 %SYS-5-CONFIG_I: Configured from console by admin on vty0")]
    [InlineData("<30>Mar  1 06:05:00 mx1 sshd[123]: Accepted publickey for noc")]
    [InlineData("<189>Mar  1 06:05:02 core1 47: %LINK-5-CHANGED: Interface Loopback9, changed state to deleted")]
    [InlineData("<189>Mar  1 06:05:02 core1 %LINK-3-UPDOWN: Interface , changed state to down")]
    [InlineData("<28>Mar  1 06:05:08 mx1 mib2d[1542]: SNMP_TRAP_LINK_DOWN: ifIndex 526, ifAdminStatus up(1)")]
    [InlineData("")]
    [InlineData("<")]
    [InlineData("<999>garbage")]
    [InlineData("<13>1")]
    [InlineData("<13>1 - - - - - [unterminated")]
    [InlineData("\0\0\0%LINK-3-UPDOWN\u001b[31m")]
    public void Read_ReturnsNull_ForLinesThatAreNotLinkChanges(string line)
    {
        Assert.Null(LinkEventReader.Read(line, Origin()));
    }

    [Fact]
    public void Read_TakesLinearTime_OnAHostileLine()
    {
        var line = "<189>Mar  1 06:05:00 core1 %LINK-3-UPDOWN: Interface " + string.Concat(Enumerable.Repeat("(a(", 100_000)) + ", changed state to";

        Assert.Null(LinkEventReader.Read(line, Origin()));
    }

    [Fact]
    public void Read_UsesTheSender_WhenTheLineNamesNoHost()
    {
        var linkEvent = LinkEventReader.Read("<187>45: *Mar  1 06:05:00.123: %LINK-3-UPDOWN: Interface Gi0/1, changed state to down", Origin(sender: "192.0.2.7"));

        Assert.Equal("192.0.2.7", linkEvent!.Host);
        Assert.Equal(Received, linkEvent.Timestamp);
    }

    [Fact]
    public void Read_InfersLastYear_ForADecemberLineReadInJanuary()
    {
        var linkEvent = LinkEventReader.Read(
            "Dec 31 23:59:58 core1 %LINK-3-UPDOWN: Interface Gi0/1, changed state to down", Origin(received: new DateTimeOffset(2025, 1, 1, 0, 0, 3, TimeSpan.Zero)));

        Assert.Equal(new DateTimeOffset(2024, 12, 31, 23, 59, 58, TimeSpan.Zero), linkEvent!.Timestamp);
    }

    [Fact]
    public void Read_ReadsTheTimeInTheHostsZone()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

        var linkEvent = LinkEventReader.Read("Mar  1 06:05:00 core1 %LINK-3-UPDOWN: Interface Gi0/1, changed state to down", Origin(zone: zone));

        Assert.Equal(new DateTimeOffset(2024, 3, 1, 11, 5, 0, TimeSpan.Zero), linkEvent!.Timestamp);
    }

    [Fact]
    public void Read_KeepsFebruary29_InTheLastLeapYear()
    {
        var linkEvent = LinkEventReader.Read(
            "Feb 29 10:00:00 core1 %LINK-3-UPDOWN: Interface Gi0/1, changed state to up", Origin(received: new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal(new DateTimeOffset(2024, 2, 29, 10, 0, 0, TimeSpan.Zero), linkEvent!.Timestamp);
    }

    [Fact]
    public void Read_TakesTheZoneFromAnRfc3339Stamp_AsRsyslogWritesFiles()
    {
        var linkEvent = LinkEventReader.Read(
            "2024-03-01T07:05:00.250+01:00 core1 %LINK-3-UPDOWN: Interface Gi0/1, changed state to down", Origin(zone: TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo")));

        Assert.Equal(new DateTimeOffset(2024, 3, 1, 6, 5, 0, 250, TimeSpan.Zero), linkEvent!.Timestamp);
    }

    [Fact]
    public void Resolve_ReadsATimeSkippedByDaylightSaving_AnHourLater()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

        var instant = LinkEventReader.Resolve(new LocalSyslogTime(3, 31, new TimeSpan(2, 30, 0)), zone, new DateTimeOffset(2024, 4, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2024, 3, 31, 1, 30, 0, TimeSpan.Zero), instant);
    }
}
