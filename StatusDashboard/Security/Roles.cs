namespace StatusDashboard.Security;

/// <summary>The roles a signed-in person can hold; one with neither is a viewer.</summary>
public static class Roles
{
    public const string Operator = "Operator";
    public const string Admin = "Admin";
}
