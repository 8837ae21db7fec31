namespace StatusDashboard.Api.Stackmon;

/// <summary>One component attribute as stackmon writes it: <c>{"name": "region", "value": "EU-DE"}</c>.</summary>
public sealed record StackmonAttribute(string Name, string Value);
