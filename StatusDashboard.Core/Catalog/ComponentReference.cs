namespace StatusDashboard.Core.Catalog;

/// <summary>A status-page component named by service and region (<c>{ service: Object Storage, region: EU-West }</c>).</summary>
public sealed record ComponentReference(string Service, string Region, int Line, int Column);
