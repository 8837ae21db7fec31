namespace StatusDashboard.Core.Incidents;

/// <summary>The names <see cref="FieldError"/> uses, so forms can put each message next to its field.</summary>
public static class IncidentFields
{
    public const string Title = "Title";
    public const string Impact = "Impact";
    public const string Components = "Components";
    public const string Start = "Start";
    public const string End = "End";
    public const string Text = "Text";
    public const string Status = "Status";
    public const string Timestamp = "Timestamp";
    public const string Other = "Other";
}
