using System.Diagnostics;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Cards;

/// <summary>Every card, in both locales, parses and renders in the official Adaptive Cards renderer (npm adaptivecards).</summary>
[Trait("Category", "System")]
public sealed class CardRendererTests
{
    [Fact]
    public async Task Every_card_parses_and_renders_in_the_official_renderer_without_warnings()
    {
        var dir = Path.Combine(RepoRoot.Path, ".run", "cards");
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        Directory.CreateDirectory(dir);
        var count = 0;
        foreach (var (name, card) in CardCatalog.All())
        {
            await File.WriteAllTextAsync(Path.Combine(dir, name + ".json"), card.ToString());
            count++;
        }
        Assert.True(count >= 28, $"the catalogue must hold every card in both locales, got {count}");

        var (exitCode, output) = await RunNodeAsync("scripts/check-cards.js", dir, Path.Combine(RepoRoot.Path, ".run", "cards-html"));
        Assert.True(exitCode == 0, output);
        Assert.Contains($"{count} of {count} cards parse, validate and render", output);
    }

    [Fact]
    public async Task The_checker_fails_on_a_wrong_element_type()
    {
        var dir = Path.Combine(Path.GetTempPath(), "pgb-bad-card-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(Path.Combine(dir, "bad.json"),
            """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlok","text":"结果"}]}""");
        var (exitCode, output) = await RunNodeAsync("scripts/check-cards.js", dir);
        Assert.NotEqual(0, exitCode);
        Assert.Contains("Unknown element type \"TextBlok\"", output);
    }

    private static async Task<(int, string)> RunNodeAsync(params string[] args)
    {
        var info = new ProcessStartInfo("node") { WorkingDirectory = RepoRoot.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
