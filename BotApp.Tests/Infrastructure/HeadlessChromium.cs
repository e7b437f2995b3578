using Microsoft.Playwright;

namespace PartyGroupBot.Tests.Infrastructure;

/// <summary>
/// Debian's chromium (scripts/test.sh installs it; never a downloaded browser), started headless by Playwright for the
/// browser tests, and the folder their screenshots go to: TestResults/screenshots, or $PGB_SCREENSHOTS relative to the
/// repo root (docs/screenshots refreshes the README's pictures).
/// </summary>
public static class HeadlessChromium
{
    public const string Executable = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, params string[] moreArgs) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", .. moreArgs],
        });

    public static string ScreenshotFolder()
    {
        var dir = Environment.GetEnvironmentVariable("PGB_SCREENSHOTS") is { Length: > 0 } d
            ? Path.Combine(RepoRoot.Path, d)
            : Path.Combine(RepoRoot.Path, "TestResults", "screenshots");
        Directory.CreateDirectory(dir);
        return dir;
    }
}
