namespace StatusDashboard.Security;

/// <summary>The authorization policies of the console: operators write incidents, administrators also manage the catalog.</summary>
public static class Policies
{
    /// <summary>Operators and administrators.</summary>
    public const string Operator = "Operator";

    /// <summary>Administrators only.</summary>
    public const string Admin = "Admin";
}
