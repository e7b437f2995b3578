using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Tab;

/// <summary>The package carries the personal and channel tab on the bot's own host, with SSO's resource (issue 15).</summary>
[Trait("Category", "System")]
public sealed class TabManifestTests
{
    [Fact]
    public async Task The_package_puts_both_tabs_and_the_SSO_resource_on_the_bots_host_and_still_validates()
    {
        var outDir = Path.Combine(Path.GetTempPath(), "pgb-tab-package-" + Guid.NewGuid().ToString("N"));
        var info = new ProcessStartInfo("bash") { WorkingDirectory = RepoRoot.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("manifest/build.sh");
        info.Environment["MANIFEST_OUT"] = outDir;
        info.Environment["BOT_DOMAIN"] = "pgb.contoso.cn";
        info.Environment["MICROSOFT_APP_ID"] = "11111111-2222-3333-4444-555555555555";
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, output);
        Assert.Contains("schema v1.17", output);

        using var zip = ZipFile.OpenRead(Path.Combine(outDir, "PartyGroupBot.zip"));
        var m = JsonNode.Parse(new StreamReader(zip.GetEntry("manifest.json")!.Open()).ReadToEnd())!;
        Assert.StartsWith("https://pgb.contoso.cn/tab?", (string)m["staticTabs"]![0]!["contentUrl"]!);
        Assert.Equal("personal", (string)m["staticTabs"]![0]!["scopes"]![0]!);
        Assert.StartsWith("https://pgb.contoso.cn/tab?mode=config", (string)m["configurableTabs"]![0]!["configurationUrl"]!);
        Assert.Equal("channelTab", (string)m["configurableTabs"]![0]!["context"]![0]!);
        Assert.Equal("11111111-2222-3333-4444-555555555555", (string)m["webApplicationInfo"]!["id"]!);
        Assert.Equal("api://pgb.contoso.cn/11111111-2222-3333-4444-555555555555", (string)m["webApplicationInfo"]!["resource"]!);
        Assert.Equal(["pgb.contoso.cn"], m["validDomains"]!.AsArray().Select(d => (string)d!));
    }
}
