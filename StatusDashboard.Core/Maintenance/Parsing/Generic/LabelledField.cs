namespace StatusDashboard.Core.Maintenance.Parsing.Generic;

/// <summary>A value the notification names: "Label: value", a label cell and its value cell, a label line and the line under it, or a cell under its column header.</summary>
internal sealed record LabelledField(string Label, string Value, int Line, bool FromColumn = false);
