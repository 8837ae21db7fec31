namespace StatusDashboard.Core.Catalog;

/// <summary>An entry of the catalog's <c>ports</c> list: an interface of a host, and the circuit or device behind it.</summary>
public sealed record PortDefinition(string Host, string Interface, ElementReference Element, int Line, int Column);
