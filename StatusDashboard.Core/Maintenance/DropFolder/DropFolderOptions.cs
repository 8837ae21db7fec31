using System.ComponentModel.DataAnnotations;

namespace StatusDashboard.Core.Maintenance.DropFolder;

/// <summary>The folder whose <c>.eml</c> and <c>.ics</c> files feed the pipeline (section <c>Maintenance:DropFolder</c>).</summary>
public sealed class DropFolderOptions
{
    public const string SectionName = "Maintenance:DropFolder";

    /// <summary>The folder, absolute or relative to the working directory; by default <c>inbox</c> in the instance folder.</summary>
    public string? Path { get; set; }

    /// <summary>
    /// Whether the folder is watched. Unset: watched when <see cref="Path"/> is set (the folder is then created) or
    /// when the default folder exists, so an instance without an inbox runs as before.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>How often the folder is swept besides the file-system events (which a network share may not deliver).</summary>
    [Range(1, 3600)]
    public int SweepSeconds { get; set; } = 30;

    /// <summary>How long after a change the folder is looked at again, to see whether a file being written has settled.</summary>
    [Range(0.05, 60)]
    public double SettleSeconds { get; set; } = 1;
}
