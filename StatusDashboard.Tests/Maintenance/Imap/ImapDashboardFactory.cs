using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Maintenance.Imap;

/// <summary>The real web host with its IMAP service pointed at <paramref name="server"/>'s <paramref name="folder"/>.</summary>
public sealed class ImapDashboardFactory(DovecotFixture server, string folder, string labels = "Keywords") : StatusDashboardFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(server.Settings(folder)) { ["Maintenance:Imap:Labels"] = labels };
}
