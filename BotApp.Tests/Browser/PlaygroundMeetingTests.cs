using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PartyGroupBot.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PartyGroupBot.Tests.Browser;

/// <summary>
/// Issue 7, "proven in a real client": one whole meeting in the Microsoft 365 Agents Playground (a Teams-like web client
/// that nobody here wrote) in headless Chromium, driven by Playwright, against the real bot on Azurite. The secretary
/// 王建国 (the Playground's user) types and clicks in the page; the other members' clicks go through the Playground's own
/// card-action route with their Teams id, exactly as its card buttons send them, so the secretary's page must show
/// the cards the bot updates for everyone. Every step is checked on the text the page shows.
///
/// Needs Debian's chromium at /usr/bin/chromium (and fonts-noto-cjk for the screenshots to show Chinese): scripts/test.sh
/// installs both; without chromium the test is skipped and says so. Screenshots of the key cards go to
/// TestResults/screenshots, or to $PGB_SCREENSHOTS (relative to the repo root) — `PGB_SCREENSHOTS=docs/screenshots`
/// refreshes the README's images.
/// </summary>
[Trait("Category", "System")]
[TakesLong(10)]
public sealed class PlaygroundMeetingTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Chromium = HeadlessChromium.Executable;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private const float UiTimeoutMs = 30_000;

    // The mock tenant, team and people of .m365agentsplayground.yml (checked against the Playground's config below).
    private const string TenantId = "9c3e7a52-1f4b-4d6e-8a2c-5b7d9e0f1a23";
    private const string TeamId = "19:partygroup-general@thread.tacv2"; // also the General channel's conversation id
    private const string TeamName = "县人社局党组";
    private const string BotName = "PartyGroupBot";
    private static readonly Person Secretary = new("a1111111-0000-4000-8000-000000000001", "29:wangjianguo", "王建国", "secretary");
    private static readonly Person Deputy = new("a1111111-0000-4000-8000-000000000002", "29:liming", "李明", "deputySecretary");
    private static readonly Person Member = new("a1111111-0000-4000-8000-000000000003", "29:zhangwei", "张伟", "member");
    private static readonly Person[] Group =
    [
        Secretary, Deputy, Member,
        new("a1111111-0000-4000-8000-000000000004", "29:liufang", "刘芳", "member"),
        new("a1111111-0000-4000-8000-000000000006", "29:zhaolei", "赵磊", "officeDirector"),
        new("a1111111-0000-4000-8000-000000000007", "29:sunli", "孙丽", "recorder"),
    ];
    private const string Item1 = "审议2025年度干部培训计划";
    private const string Item2 = "研究机关党建工作要点";

    private readonly HttpClient _http = new() { Timeout = Timeout };
    private Azurite? _azurite;
    private BotServer? _bot;
    private AgentsPlayground? _playground;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium)) return; // the test skips, saying why
        // Its own emulator, so this test runs beside the Azurite collection instead of queueing behind it.
        _azurite = new Azurite();
        await _azurite.InitializeAsync();
        // The Playground always sends locale en-US; Bot:Locale keeps the cards in Chinese, as members see them.
        // The group is set up from configuration (DevelopmentSeed, which only runs in Development), as in a local run.
        var args = new List<string> { "--environment=Development", "--Bot:Locale=zh-CN" };
        args.AddRange([$"--Bot:SeedGroups:0:TenantId={TenantId}", $"--Bot:SeedGroups:0:TeamId={TeamId}", "--Bot:SeedGroups:0:ProfileId=chengzhong-hrss-2021"]);
        // Two approved topics (t1, t2), as in a local run, so the start card has topics to tick (AG4).
        args.AddRange([$"--Bot:SeedGroups:0:Topics:0={Item1}", $"--Bot:SeedGroups:0:Topics:1={Item2}"]);
        for (var i = 0; i < Group.Length; i++)
        {
            var p = Group[i];
            args.AddRange([$"--Bot:SeedGroups:0:Members:{i}:AadObjectId={p.AadObjectId}", $"--Bot:SeedGroups:0:Members:{i}:TeamsId={p.TeamsId}",
                $"--Bot:SeedGroups:0:Members:{i}:Name={p.Name}", $"--Bot:SeedGroups:0:Members:{i}:Role={p.Role}"]);
        }
        _bot = await BotServer.StartAsync(_azurite, "browser", [Secretary.AadObjectId], args.ToArray());
        _playground = await AgentsPlayground.StartAsync(_bot.MessagesUrl, Timeout);
        _playwright = await Playwright.CreateAsync();
        _browser = await HeadlessChromium.LaunchAsync(_playwright, "--disable-quic");
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_playground is not null) await _playground.DisposeAsync();
        if (_bot is not null) await _bot.DisposeAsync();
        if (_azurite is not null) await _azurite.DisposeAsync();
        _http.Dispose();
    }

    [SkippableFact]
    public async Task A_meeting_runs_in_the_Agents_Playground_from_start_meeting_to_the_signed_minutes()
    {
        Skip.IfNot(File.Exists(Chromium),
            $"{Chromium} is missing (apt-get install chromium fonts-noto-cjk; scripts/test.sh does): the browser test did not run.");
        var config = await _http.GetFromJsonAsync<JsonObject>($"{_playground!.Url}/_internal/v1/config");
        Assert.Equal(Secretary.AadObjectId, (string?)config!["config"]!["currentUser"]!["aadObjectId"]);
        Assert.Equal(TeamId, (string?)config["config"]!["teams"]![0]!["id"]);

        var shots = HeadlessChromium.ScreenshotFolder();
        File.Delete(Path.Combine(shots, "failure.png"));
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            DeviceScaleFactor = 2,
        });
        page.SetDefaultTimeout(UiTimeoutMs);
        SetDefaultExpectTimeout(UiTimeoutMs);
        var messages = new ChannelMessages(page);
        var started = DateTime.UtcNow;
        void Step(string what) => output.WriteLine($"[{(DateTime.UtcNow - started).TotalSeconds,5:0.0}s] {what}");

        try
        {
            await page.GotoAsync(_playground.Url);
            // The channel list shows placeholders until the Playground has read its config file.
            await page.GetByRole(AriaRole.Treeitem, new() { Name = $"{TeamName} - General" }).ClickAsync();
            Step("General channel open as 王建国");

            // Start: typed with an @mention, as in Teams; the approved topics are ticked on the card (AG4).
            await PostAsync(page, "start meeting");
            var start = Card(page, "召开党组会议");
            await start.GetByRole(AriaRole.Checkbox, new() { Name = Item1 }).CheckAsync();
            await start.GetByRole(AriaRole.Checkbox, new() { Name = Item2 }).CheckAsync();
            await ShotAsync(start, shots, "start.png");
            Step("start card filled (start.png)");

            var startResponse = await page.RunAndWaitForResponseAsync(
                () => start.GetByRole(AriaRole.Button, new() { Name = "开始会议", Exact = true }).ClickAsync(),
                r => r.Url.EndsWith("/v1/invoke"));
            var meetingId = Regex.Match(await startResponse.TextAsync(), "\"meetingId\":\"([^\"]+)\"").Groups[1].Value;
            var rollCall = Card(page, "党组会议 · 签到");
            await Expect(rollCall).ToContainTextAsync("实到 0 人 / 应到 4 人");
            Assert.NotEmpty(meetingId);
            // The roll call took the start card's place: the message that the click named.
            var rollCallId = (string?)JsonNode.Parse(startResponse.Request.PostData!)!["replyToId"];
            Assert.False(string.IsNullOrEmpty(rollCallId), startResponse.Request.PostData);
            Step($"roll call card, meeting {meetingId}");

            // Roll call: the secretary clicks 签到 in the page; two members click theirs.
            await rollCall.GetByRole(AriaRole.Button, new() { Name = "签到", Exact = true }).ClickAsync();
            await Expect(rollCall).ToContainTextAsync("实到 1 人 / 应到 4 人");
            await Expect(Fact(rollCall, "王建国（党组书记）")).ToHaveTextAsync("已签到");
            foreach (var (member, present) in new[] { (Deputy, 2), (Member, 3) })
            {
                var answer = await ClickAsAsync(member, rollCallId, "checkIn", new { meetingId });
                Assert.Contains($"实到 {present} 人", answer);
                // The bot replaces the roll call for everyone: the secretary's page shows it without a click.
                await Expect(rollCall).ToContainTextAsync($"实到 {present} 人 / 应到 4 人");
            }
            await Expect(Fact(rollCall, "李明（党组副书记）")).ToHaveTextAsync("已签到");
            await Expect(Fact(rollCall, "张伟（党组成员）")).ToHaveTextAsync("已签到");
            await Expect(Fact(rollCall, "刘芳（党组成员）")).ToHaveTextAsync("未签到");
            await ShotAsync(rollCall, shots, "rollcall.png");
            Step("three of four checked in (rollcall.png)");

            // The vote on the first item: the members vote first, the chair last (V5).
            await rollCall.GetByRole(AriaRole.Button, new() { Name = $"开始表决：{Item1}", Exact = true }).ClickAsync();
            var ballot = Card(page, $"表决：{Item1}");
            await Expect(ballot).ToContainTextAsync("已投票（0）");
            await Expect(ballot).ToContainTextAsync("待表决：李明、张伟");
            var ballotId = await messages.IdOfAsync($"表决：{Item1}");
            Step("ballot card posted");

            Assert.Contains("已投票（1）：李明", await ClickAsAsync(Deputy, ballotId, "castVote", new { meetingId, itemId = "t1", choice = "yes" }));
            await Expect(ballot).ToContainTextAsync("已投票（1）：李明");
            await Expect(ballot).ToContainTextAsync("待表决：张伟");
            await ShotAsync(ballot, shots, "ballot.png");
            Step("李明 voted (ballot.png)");

            Assert.Contains("已投票（2）：李明、张伟", await ClickAsAsync(Member, ballotId, "castVote", new { meetingId, itemId = "t1", choice = "yes" }));
            await Expect(ballot).ToContainTextAsync("已投票（2）：李明、张伟");
            await Expect(ballot).ToContainTextAsync("请主持人 王建国 表态");
            await ShotAsync(ballot, shots, "chairs-turn.png");
            Step("张伟 voted; the chair's turn (chairs-turn.png)");

            // The chair's own click in the page must reach the bot: the ballot then counts three.
            await ballot.GetByRole(AriaRole.Button, new() { Name = "赞成", Exact = true }).ClickAsync();
            await Expect(ballot).ToContainTextAsync(new Regex("已投票（3）：.*王建国"));
            Step("王建国 voted in the page");

            var close = ballot.GetByRole(AriaRole.Button, new() { Name = "结束表决", Exact = true });
            await close.ClickAsync();
            var result = Card(page, $"表决结果：{Item1}");
            // The page re-renders the ballot when the shared card's update and its refresh arrive; a click that lands on
            // the card being replaced never leaves the page. One more click then, while the ballot still offers it.
            if (!await ShowsWithinAsync(result, TimeSpan.FromSeconds(10)) && await close.IsVisibleAsync())
            {
                Step("the close click fell on a card being re-rendered; clicked again");
                await close.ClickAsync();
            }
            await Expect(Fact(result, "结果")).ToHaveTextAsync("通过");
            // V3: passes with more yes votes than half of the 4 due to attend, so only with the chair's yes from the page.
            var facts = await FactsAsync(result);
            Assert.Equal(
                new Dictionary<string, string> { ["结果"] = "通过", ["赞成"] = "3", ["反对"] = "0", ["弃权"] = "0", ["应到会"] = "4", ["实到"] = "3" },
                facts);
            await ShotAsync(result, shots, "result.png");
            Step($"result: {string.Join("，", facts.Select(f => $"{f.Key} {f.Value}"))} (result.png)");

            // End the meeting; the draft minutes come to the secretary's personal chat to be signed.
            await rollCall.GetByRole(AriaRole.Button, new() { Name = "结束会议", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Treeitem, new() { NameRegex = new Regex("Personal Chat") }).ClickAsync();
            var draft = Card(page, "党组会议纪要（草稿，待签发）");
            await Expect(draft).ToContainTextAsync(Item1);
            await draft.GetByRole(AriaRole.Button, new() { Name = "签发", Exact = true }).ClickAsync();
            // The signed minutes take the draft's place there.
            await Expect(Card(page, "党组会议纪要")).ToContainTextAsync("签发人：王建国");
            Step("draft minutes signed in the personal chat");

            await page.GetByRole(AriaRole.Treeitem, new() { Name = $"{TeamName} - General" }).ClickAsync();
            var minutes = Card(page, "党组会议纪要");
            await Expect(minutes).ToContainTextAsync("签发人：王建国");
            await Expect(minutes).ToContainTextAsync(Item1);
            await Expect(Fact(minutes, "结果")).ToHaveTextAsync("通过");
            await Expect(minutes).ToContainTextAsync("表决情况：李明 赞成；张伟 赞成；王建国 赞成");
            await ShotAsync(minutes, shots, "minutes.png");
            Step("signed minutes in the channel (minutes.png)");
        }
        catch (Exception e)
        {
            var failure = Path.Combine(shots, "failure.png");
            await page.ScreenshotAsync(new() { Path = failure, FullPage = true });
            var cards = await page.Locator(".ac-adaptiveCard").AllInnerTextsAsync();
            throw new Xunit.Sdk.XunitException(
                $"{e.Message}\n\nThe page ({failure}) shows these cards:\n{string.Join("\n---\n", cards.Select(Squeeze))}\n\nPlayground output:\n{_playground.Output}", e);
        }
        output.WriteLine($"screenshots in {shots}");
    }

    /// <summary>A picture of one card (at twice the pixels, for sharp text in the README).</summary>
    private static Task ShotAsync(ILocator card, string folder, string name) =>
        card.ScreenshotAsync(new() { Path = Path.Combine(folder, name), Animations = ScreenshotAnimations.Disabled, Caret = ScreenshotCaret.Hide });

    /// <summary>Posts "@PartyGroupBot command" in the open channel: type @, pick the bot, type the command, Post.</summary>
    private static async Task PostAsync(IPage page, string command)
    {
        await page.Locator("[contenteditable=true][data-lexical-editor=true]").First.ClickAsync();
        await page.Keyboard.TypeAsync("@");
        await page.GetByRole(AriaRole.Menuitem, new() { Name = BotName }).ClickAsync();
        await page.Keyboard.TypeAsync(" " + command);
        await page.GetByRole(AriaRole.Button, new() { Name = "Post", Exact = true }).ClickAsync();
    }

    /// <summary>The card whose text block reads exactly <paramref name="title"/> (not a button that contains it).</summary>
    private static async Task<bool> ShowsWithinAsync(ILocator card, TimeSpan within)
    {
        try
        {
            await card.First.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = (float)within.TotalMilliseconds });
            return true;
        }
        catch (System.TimeoutException)
        {
            return false;
        }
    }

    private static ILocator Card(IPage page, string title) =>
        page.Locator(".ac-adaptiveCard").Filter(new() { Has = page.GetByText(title, new() { Exact = true }) }).First;

    // The Playground draws a FactSet as a grid of sibling divs, .ac-fact-title then .ac-fact-value (the JS renderer's
    // own is a table with the same classes); both read as "the value after its title".
    private const string FactValueAfterTitle = "following-sibling::*[contains(concat(' ', @class, ' '), ' ac-fact-value ')][1]";

    /// <summary>The value of the fact with this title.</summary>
    private static ILocator Fact(ILocator card, string title) =>
        card.Locator($"xpath=.//*[contains(concat(' ', @class, ' '), ' ac-fact-title ')][normalize-space(.)='{title}']/{FactValueAfterTitle}");

    /// <summary>Every fact of the card, as the page shows them.</summary>
    private static async Task<Dictionary<string, string>> FactsAsync(ILocator card)
    {
        var titles = await card.Locator(".ac-fact-title").AllAsync();
        var facts = new Dictionary<string, string>();
        foreach (var title in titles)
            facts[Squeeze(await title.InnerTextAsync())] = Squeeze(await title.Locator($"xpath={FactValueAfterTitle}").InnerTextAsync());
        return facts;
    }

    /// <summary>
    /// A member's click on a card in the channel, sent to the Playground's card-action route as its own card buttons send
    /// it (that member's Teams id, the card's message id as replyToId); the Playground fills in the member from its config
    /// and returns the bot's invoke response.
    /// </summary>
    private async Task<string> ClickAsAsync(Person who, string? messageId, string verb, object data)
    {
        var body = new
        {
            name = "adaptiveCard/action",
            value = new { action = new { type = "Action.Execute", verb, data } },
            from = new { id = who.TeamsId },
            conversation = new { id = $"{TeamId};messageid={messageId}" },
            replyToId = messageId,
        };
        using var response = await _http.PostAsJsonAsync($"{_playground!.Url}/_conversation/v1/invoke", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{who.Name}'s {verb}: HTTP {(int)response.StatusCode} {text}");
        output.WriteLine($"        {who.Name} {verb}: {Squeeze(string.Join(" ", Regex.Matches(text, "\"text\":\"([^\"]*)\"").Select(m => m.Groups[1].Value)))}");
        return text;
    }


    private static string Squeeze(string s) => Regex.Replace(s, @"\s+", " ").Trim();

    private sealed record Person(string AadObjectId, string TeamsId, string Name, string Role);

    /// <summary>
    /// The channel's messages as the Playground's page receives them over its websocket (createMessage / updateMessage),
    /// for the message id that a member's click on a card names, as Teams' own clients know it.
    /// </summary>
    private sealed class ChannelMessages
    {
        private readonly ConcurrentDictionary<string, string> _firstTextById = new();

        public ChannelMessages(IPage page) => page.WebSocket += (_, ws) => ws.FrameReceived += (_, frame) => Read(frame.Text);

        private void Read(string? text)
        {
            if (text is null || !text.Contains("\"actionConversationId\"")) return;
            var json = JsonNode.Parse(text);
            if ((string?)json?["actionConversationId"] != TeamId || json["message"] is not { } message) return;
            if ((string?)message["messageId"] is not { } id) return;
            var first = message["attachments"]?[0]?["content"]?["body"]?[0]?["text"];
            if (first is not null) _firstTextById[id] = (string)first!;
        }

        /// <summary>The id of the newest channel message whose card starts with this text.</summary>
        public async Task<string> IdOfAsync(string title)
        {
            List<string> ids = [];
            await Eventually.That(() => (ids = _firstTextById.Where(p => p.Value == title).Select(p => p.Key).ToList()).Count > 0,
                $"a channel message with the card \"{title}\" over the Playground's websocket", Timeout);
            return ids.MaxBy(id => id.Length > 0 && long.TryParse(id, out var n) ? n : 0)!;
        }
    }
}
