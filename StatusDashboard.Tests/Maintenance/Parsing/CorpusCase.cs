using StatusDashboard.Core.Maintenance.Parsing;

namespace StatusDashboard.Tests.Maintenance.Parsing;

/// <summary>One corpus notification and what a parser should make of it.</summary>
public sealed record CorpusCase(string Provider, string Name, string InputPath, bool ExpectError, IReadOnlyList<MaintenanceNotice> Expected);
