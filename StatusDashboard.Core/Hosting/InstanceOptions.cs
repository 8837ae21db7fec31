using System.ComponentModel.DataAnnotations;

namespace StatusDashboard.Core.Hosting;

/// <summary>Where the runtime state lives: the SQLite database, the catalog copy, the e-mail drop folder.</summary>
public sealed class InstanceOptions
{
    public const string SectionName = "Instance";

    /// <summary>The instance folder, absolute or relative to the working directory (<c>Instance:Path</c>, environment <c>Instance__Path</c>).</summary>
    [Required]
    public string Path { get; set; } = "instance";

    public string FullPath => System.IO.Path.GetFullPath(Path);

    public string CatalogPath => System.IO.Path.Combine(FullPath, "catalog.yaml");

    public string DatabasePath => System.IO.Path.Combine(FullPath, "statusdashboard.db");
}
