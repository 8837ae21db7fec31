using StatusDashboard.Tests.Infrastructure;

namespace StatusDashboard.Tests.Security;

/// <summary>
/// Who may do what: each row is one request and the status each kind of caller gets. Anonymous callers of a protected
/// page are sent to sign in (302 to <c>/account/signin</c>); signed-in callers without the role get 403.
/// Console and admin pages and their state-changing endpoints are added here, one line each.
/// </summary>
public static class AuthorizationMatrix
{
    public const int SignIn = 302;

    public static readonly IReadOnlyList<AuthorizationRow> Rows =
    [
        new("GET", ProtectedTestEndpoints.OperatorPath, Anonymous: SignIn, Viewer: 403, Operator: 200, Admin: 200),
        new("POST", ProtectedTestEndpoints.OperatorPath, Anonymous: SignIn, Viewer: 403, Operator: 200, Admin: 200),
        new("GET", ProtectedTestEndpoints.AdminPath, Anonymous: SignIn, Viewer: 403, Operator: 403, Admin: 200),
        new("POST", ProtectedTestEndpoints.AdminPath, Anonymous: SignIn, Viewer: 403, Operator: 403, Admin: 200),
        new("GET", "/console", Anonymous: SignIn, Viewer: 403, Operator: 200, Admin: 200),
        new("GET", "/console/incidents/new", Anonymous: SignIn, Viewer: 403, Operator: 200, Admin: 200),
        new("GET", "/console/maintenances/new", Anonymous: SignIn, Viewer: 403, Operator: 200, Admin: 200),
        new("GET", "/admin", Anonymous: SignIn, Viewer: 403, Operator: 403, Admin: 200),
        new("GET", "/admin/audit", Anonymous: SignIn, Viewer: 403, Operator: 403, Admin: 200),
        new("GET", "/admin/tokens", Anonymous: SignIn, Viewer: 403, Operator: 403, Admin: 200),
        new("GET", "/", Anonymous: 200, Viewer: 200, Operator: 200, Admin: 200),
        new("GET", "/history", Anonymous: 200, Viewer: 200, Operator: 200, Admin: 200),
    ];

    /// <summary>Every (caller, row) pair, for a <c>[MemberData]</c> theory.</summary>
    public static TheoryData<string, string, string, int> Cases()
    {
        var cases = new TheoryData<string, string, string, int>();
        foreach (var row in Rows)
        {
            foreach (var (caller, expected) in row.Expectations)
            {
                cases.Add(caller, row.Method, row.Path, expected);
            }
        }

        return cases;
    }
}
