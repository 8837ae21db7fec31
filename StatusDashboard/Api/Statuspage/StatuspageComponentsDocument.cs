namespace StatusDashboard.Api.Statuspage;

/// <summary><c>components.json</c>.</summary>
public sealed record StatuspageComponentsDocument(StatuspagePage Page, IReadOnlyList<StatuspageComponent> Components);
