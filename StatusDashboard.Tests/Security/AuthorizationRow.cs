namespace StatusDashboard.Tests.Security;

/// <summary>One request of the <see cref="AuthorizationMatrix"/> and the status each caller gets.</summary>
public sealed record AuthorizationRow(string Method, string Path, int Anonymous, int Viewer, int Operator, int Admin)
{
    public IEnumerable<(string Caller, int Expected)> Expectations =>
        [(nameof(Anonymous), Anonymous), (nameof(Viewer), Viewer), (nameof(Operator), Operator), (nameof(Admin), Admin)];
}
