namespace StatusDashboard.Tests.Infrastructure;

/// <summary>
/// Where tests keep files a person looks at after the run (screenshots): <c>TestResults/</c> at the repository root,
/// next to the TRX files that <c>scripts/test.sh</c> writes, whatever directory the test host runs in.
/// </summary>
public static class TestArtifacts
{
    public static string Folder(string name)
    {
        var folder = Path.Combine(RepositoryRoot(), "TestResults", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "StatusDashboard.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No StatusDashboard.sln above {AppContext.BaseDirectory}: cannot find the repository's TestResults folder.");
    }
}
