namespace StatusDashboard.Api.Reference;

/// <summary>
/// Endpoint metadata: a request header the endpoint reads, for the OpenAPI document; with <see cref="Method"/> set,
/// only operations of that method take it (a group's POSTs, say).
/// </summary>
public sealed record DocumentedHeader(string Name, string Description, string? Method = null);
