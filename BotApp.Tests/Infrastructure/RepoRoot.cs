namespace PartyGroupBot.Tests.Infrastructure;

public static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "PartyGroupBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("PartyGroupBot.sln not found above the test binaries.");
    }
}
