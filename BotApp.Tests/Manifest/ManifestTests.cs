using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Manifest;

/// <summary>The Teams app package, checked offline against the official manifest schema (@microsoft/app-manifest).</summary>
[Trait("Category", "System")]
public sealed class ManifestTests
{
    private static string ManifestDir => Path.Combine(RepoRoot.Path, "manifest");

    [Fact]
    public async Task The_manifest_passes_the_official_schema_and_icon_checks()
    {
        var (exitCode, output) = await RunAsync("node", "manifest/validate.js");
        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public async Task A_manifest_without_a_bot_id_fails_validation()
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ManifestDir, "manifest.json")))!;
        manifest["bots"]![0]!.AsObject().Remove("botId");
        var dir = CopyIcons();
        await File.WriteAllTextAsync(Path.Combine(dir, "manifest.json"), manifest.ToJsonString());
        var (exitCode, output) = await RunAsync("node", "manifest/validate.js", Path.Combine(dir, "manifest.json"));
        Assert.NotEqual(0, exitCode);
        Assert.Contains("botId", output);
    }

    [Fact]
    public async Task The_package_holds_the_manifest_and_both_icons_at_its_root()
    {
        var outDir = Path.Combine(Path.GetTempPath(), "pgb-package-" + Guid.NewGuid().ToString("N"));
        var (exitCode, output) = await RunAsync("bash", ["manifest/build.sh"], ("MANIFEST_OUT", outDir));
        Assert.True(exitCode == 0, output);
        using var zip = ZipFile.OpenRead(Path.Combine(outDir, "PartyGroupBot.zip"));
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        var manifest = JsonNode.Parse(new StreamReader(zip.GetEntry("manifest.json")!.Open()).ReadToEnd())!;
        Assert.Contains(manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray(), c => (string?)c!["title"] == "start meeting");
    }

    private static string CopyIcons()
    {
        var dir = Path.Combine(Path.GetTempPath(), "pgb-manifest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        foreach (var icon in new[] { "color.png", "outline.png" })
            File.Copy(Path.Combine(ManifestDir, icon), Path.Combine(dir, icon));
        return dir;
    }

    private static Task<(int, string)> RunAsync(string program, params string[] args) => RunAsync(program, args, []);

    private static async Task<(int, string)> RunAsync(string program, string[] args, params (string Name, string Value)[] env)
    {
        var info = new ProcessStartInfo(program) { WorkingDirectory = RepoRoot.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in env) info.Environment[name] = value;
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
