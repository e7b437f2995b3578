using Microsoft.Playwright;
using PartyGroupBot.Tests.Http;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Tab;

/// <summary>
/// The tab in headless Chromium (issue 15): the page framed by a stand-in Teams host that hands it the context and an SSO
/// token signed by the test authority, filled from the half year <see cref="MeetingYear"/> ran over the Bot Framework
/// protocol; the numbers each view shows, axe-core with no serious or critical violation, the phone width, the dark theme
/// and English. Screenshots go to TestResults/screenshots, or $PGB_SCREENSHOTS (docs/screenshots refreshes the README's).
/// </summary>
[Trait("Category", "System")]
public sealed class TabPageTests(SharedAzurite azurite) : TabTestBase(azurite)
{
    private const string Chromium = HeadlessChromium.Executable;
    private static readonly string AxeScript = Path.Combine(RepoRoot.Path, "node_modules", "axe-core", "axe.min.js");

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public override async Task InitializeAsync()
    {
        if (!File.Exists(Chromium)) return; // the test skips, saying why
        await base.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await HeadlessChromium.LaunchAsync(_playwright);
    }

    public override async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (File.Exists(Chromium)) await base.DisposeAsync();
    }

    [SkippableFact]
    public async Task The_channel_tab_shows_the_groups_year_meetings_attendance_and_decisions_as_stored_with_no_serious_axe_violation()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is missing (scripts/test.sh installs it): the tab's browser test did not run.");
        var director = World[5];
        var (page, tab) = await OpenAsync(director, "zh-CN", "default", 1000, 900, "/tab?context=channel");
        var shots = HeadlessChromium.ScreenshotFolder();

        // 本年度: March and May lack their party group meeting (PD1); January held one.
        await ViewAsync(tab, "year");
        Assert.Equal("缺会月份（党组会议）：3月、5月", await tab.Locator("[data-testid=missing-months]").InnerTextAsync());
        Assert.StartsWith("1", await tab.Locator("[data-testid=year-table] tr[data-month='1'] td").First.InnerTextAsync());
        Assert.Contains("缺", await tab.Locator("[data-testid=year-table] tr[data-month='3'] td").First.InnerTextAsync());
        await NoSeriousViolationsAsync(page, "year");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "tab-year.png") });

        // 会议: three meetings; the office director is not an MN2 approver, so the confidential item reads 涉密议题.
        await ViewAsync(tab, "meetings");
        var rows = tab.Locator("[data-testid=meetings-table] tbody tr");
        Assert.Equal(3, await rows.CountAsync());
        Assert.Equal(new[] { "2026-01-12", "2026-02-10", "2026-04-08" }, await rows.Locator("td:first-child").AllInnerTextsAsync());
        Assert.Equal(new[] { "5", "4", "3" }, (await rows.Locator("[data-testid=present]").AllInnerTextsAsync()).Select(t => t.Split('\n')[0].Trim()));
        var january = await rows.First.InnerTextAsync();
        Assert.Contains("涉密议题", january);
        Assert.DoesNotContain(MeetingYear.SecretTitle, await tab.Locator("body").InnerTextAsync());
        Assert.Contains(MeetingYear.DecisionTitle + "：通过（赞成 5，反对 0，弃权 0）", january);
        Assert.Contains("记录完整 [MN1]", january);
        Assert.Contains($"记录校验值 {Heads[0]}", january);
        await NoSeriousViolationsAsync(page, "meetings");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "tab-meetings.png") });

        // 出勤: member 5 came once in three (Q3).
        await ViewAsync(tab, "attendance");
        Assert.Equal(new[] { "1", "0", "2", "33%" },
            await tab.Locator($"[data-testid=attendance-table] tr[data-member='{World[4].Name}'] td").AllInnerTextsAsync());
        Assert.Equal(5, await tab.Locator("[data-testid=attendance-table] tbody tr").CountAsync());
        await NoSeriousViolationsAsync(page, "attendance");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "tab-attendance.png") });

        // 督办台账: the office director sees the overdue decision, in red (IM2).
        await ViewAsync(tab, "decisions");
        var decision = tab.Locator("[data-testid=decisions-table] tbody tr");
        Assert.Equal(1, await decision.CountAsync());
        Assert.Equal("已逾期", await decision.Locator("[data-testid=decision-status]").InnerTextAsync());
        var red = await decision.Locator("td").First.EvaluateAsync<int[]>("e => getComputedStyle(e).color.match(/\\d+/g).map(Number)");
        Assert.True(red[0] > 150 && red[1] < 80 && red[2] < 80, $"overdue row colour rgb({string.Join(",", red)})");
        await NoSeriousViolationsAsync(page, "decisions");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "tab-decisions.png") });

        // 导出: the register downloads through the page's own token.
        await ViewAsync(tab, "exports");
        var download = await page.RunAndWaitForDownloadAsync(() => tab.Locator("[data-testid=export-register]").ClickAsync());
        Assert.Equal("2026年度党组会议记录汇编.docx", download.SuggestedFilename);
        await NoSeriousViolationsAsync(page, "exports");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "tab-exports.png") });
    }

    [SkippableFact]
    public async Task At_phone_width_in_English_and_the_dark_theme_the_personal_tab_still_fits_and_reads()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is missing (scripts/test.sh installs it): the tab's browser test did not run.");
        var (page, tab) = await OpenAsync(World[0], "en-US", "dark", 360, 780, "/tab?context=personal");
        await ViewAsync(tab, "year");
        Assert.Equal("This year", await tab.Locator("fluent-tab#year").InnerTextAsync());
        Assert.Equal("dark", await tab.Locator("html").GetAttributeAsync("data-theme"));
        Assert.Equal("Months missing a party group meeting: Mar, May", await tab.Locator("[data-testid=missing-months]").InnerTextAsync());
        foreach (var view in new[] { "year", "meetings", "attendance", "decisions" })
        {
            await ViewAsync(tab, view);
            // Wide tables scroll inside their own box; the page itself never scrolls sideways.
            Assert.True(await tab.Locator("body").EvaluateAsync<bool>("b => document.documentElement.scrollWidth <= window.innerWidth"), view);
            await NoSeriousViolationsAsync(page, view + " (dark, 360 px)");
        }
        // The secretary approves reads of the full record (MN2): the confidential title shows for them.
        await ViewAsync(tab, "meetings");
        Assert.Contains(MeetingYear.SecretTitle, await tab.Locator("[data-testid=meetings-table]").InnerTextAsync());
        await ViewAsync(tab, "year");
        await page.ScreenshotAsync(new() { Path = Path.Combine(HeadlessChromium.ScreenshotFolder(), "tab-phone-dark.png") });
    }

    private async Task<(IPage, IFrameLocator)> OpenAsync(TeamsPerson viewer, string locale, string theme, int width, int height, string tabPath)
    {
        var page = await _browser!.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height }, AcceptDownloads = true });
        var host = Bot.Url + "/teams-host.html";
        var context = new
        {
            locale, theme, tid = World.TenantId, userObjectId = viewer.AadObjectId, userPrincipalName = viewer.Name,
            frameContext = "content", hostClientType = "web",
            teamId = tabPath.Contains("channel") ? World.TeamId : null, teamName = tabPath.Contains("channel") ? World.TeamName : null,
            channelId = tabPath.Contains("channel") ? World.ChannelId : null,
        };
        await page.RouteAsync(host, route => route.FulfillAsync(new()
        {
            ContentType = "text/html; charset=utf-8", Body = TeamsHostPage.Html(tabPath, Token(viewer), context),
        }));
        await page.GotoAsync(host);
        return (page, page.FrameLocator("#tab"));
    }

    private static async Task ViewAsync(IFrameLocator tab, string view)
    {
        await tab.Locator($"fluent-tab#{view}").ClickAsync();
        await tab.Locator($"#view[data-view={view}][data-ready=true]").WaitForAsync(new() { Timeout = 30_000 });
    }

    /// <summary>axe-core inside the tab's frame: no violation of serious or critical impact.</summary>
    private static async Task NoSeriousViolationsAsync(IPage page, string view)
    {
        var frame = page.Frames.First(f => f.Url.Contains("/tab?"));
        if (!await frame.EvaluateAsync<bool>("() => typeof axe !== 'undefined'"))
            await frame.AddScriptTagAsync(new() { Path = AxeScript });
        var found = await frame.EvaluateAsync<string[]>(@"async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`)");
        Assert.True(found.Length == 0, $"{view}: " + string.Join("\n", found));
    }

}
