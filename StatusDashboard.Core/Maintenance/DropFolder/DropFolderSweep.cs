using StatusDashboard.Core.Maintenance.Ingestion;

namespace StatusDashboard.Core.Maintenance.DropFolder;

/// <summary>One look at the drop folder: the files taken (by file name, with what the pipeline made of them) and how many are still being written.</summary>
public sealed record DropFolderSweep(IReadOnlyList<(string File, IngestionResult Result)> Taken, int Waiting);
