using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PartyGroupBot.Calendar;
using PartyGroupBot.Storage;
using PartyGroupBot.Tests.Calendar;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Http;

/// <summary>
/// 安排会议 with Graph configured (AG2): besides the notices, each member who gets the notice privately gets the meeting in
/// their Outlook calendar through the Graph SDK, sent here to a local handler. A calendar that fails loses nothing: the
/// meeting is stored and notified, and the secretary's answer names whose calendar lacks it.
/// </summary>
[Trait("Category", "Http")]
public sealed class CalendarInvitationTests(SharedAzurite azurite) : IAsyncLifetime, IClassFixture<SharedAzurite>
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly FakeConnector _connector = new();
    private readonly FakeGraphCalendar _graph = new();
    private readonly TeamsWorld _world = GroupSetup.World("calendar");
    private BotServer _bot = null!;

    private static string Tomorrow => DateTime.UtcNow.AddHours(8).AddDays(1).ToString("yyyy-MM-dd");

    public async Task InitializeAsync()
    {
        await _connector.StartAsync();
        _connector.Roster = _world.People;
        _bot = await BotServer.StartWithAsync(azurite, "t" + Guid.NewGuid().ToString("N")[..10], [_world[0].AadObjectId],
            services => services.AddSingleton(new ScheduledInvitations(
                new MeetingCalendar(_graph.Client, NullLogger<MeetingCalendar>.Instance), new CalendarOptions { TimeoutSeconds = 2 })));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        _http.Dispose();
    }

    [Fact]
    public async Task AG2_scheduling_puts_the_meeting_in_each_invitees_calendar()
    {
        var teams = await SetUpAsync();
        var done = (await teams.ClickAsync(_world[0], "scheduleMeeting", Plan(await ApprovedTopicAsync(teams)))).AllText();

        Assert.Contains($"会议已安排：{Tomorrow} 09:30（北京时间），三楼会议室", done);
        Assert.Contains("已在 6 人的 Outlook 日历中添加本次会议。", done);
        // The five voting members and the recorder, as for the private notice; not someone in the team only.
        var sent = _graph.Requests.ToList();
        Assert.Equal(_world.People.Take(6).Select(p => p.AadObjectId).Order(), sent.Select(r => r.UserId).Order());
        Assert.All(sent, r =>
        {
            Assert.Equal(HttpMethod.Post, r.Method);
            Assert.Equal($"/v1.0/users/{r.UserId}/events", r.Uri.AbsolutePath);
            Assert.Equal((Tomorrow + "T09:30:00", "China Standard Time"), ((string?)r.Body!["start"]!["dateTime"], (string?)r.Body!["start"]!["timeZone"]));
            Assert.Equal("三楼会议室", (string?)r.Body!["location"]!["displayName"]);
            Assert.Contains("<li>修订机关考勤制度</li>", (string)r.Body!["body"]!["content"]!);
        });
    }

    [Fact]
    public async Task A_calendar_refused_or_a_Graph_that_hangs_loses_nothing_and_the_secretary_is_told_whose_calendar_lacks_it()
    {
        var teams = await SetUpAsync();
        var topic = await ApprovedTopicAsync(teams);
        _graph.Answer[_world[2].AadObjectId] = 403;
        _graph.Answer[_world[5].AadObjectId] = 0; // never answers; the click waits 2 s at most
        _connector.Clear();

        var done = (await teams.ClickAsync(_world[0], "scheduleMeeting", Plan(topic))).AllText();

        Assert.Contains($"会议已安排：{Tomorrow} 09:30（北京时间），三楼会议室", done);
        Assert.Contains($"会议已安排并通知，但未能在 2 人的日历中添加日程：", done);
        Assert.Contains(_world[2].Name, done);
        Assert.Contains(_world[5].Name, done);
        Assert.DoesNotContain("Outlook 日历中添加", done);
        // The meeting is stored and the notices went out as without Graph.
        var agenda = await _bot.Services.GetRequiredService<AgendaStore>().LoadAsync(new GroupKey(_world.TenantId, _world.TeamId));
        Assert.Equal(topic, Assert.Single(agenda.Meetings).ItemIds.Single());
        Assert.Single(_connector.Requests, r => r.Path == $"/v3/conversations/{_world.ChannelId}/activities" && r.Card?.AllText().Contains("党组会议通知") == true);
        Assert.Equal(6, _connector.Requests.Count(r => r.Path.StartsWith("/v3/conversations/a:personal-") && r.Card?.AllText().Contains("党组会议通知") == true));
    }

    private async Task<TeamsClient> SetUpAsync()
    {
        var teams = new TeamsClient(_http, _bot, _connector, _world);
        await GroupSetup.SetUpAsync(teams, _world);
        await teams.SayAsync(_world[0], "help"); // the channel's conversation is remembered from a channel turn
        return teams;
    }

    private Task<string> ApprovedTopicAsync(TeamsClient teams) =>
        GroupSetup.ProposeAndApproveAsync(teams, _world[0], _world[2], new { title = "修订机关考勤制度", category = "policy", method = "recorded" });

    private static object Plan(string itemIds) => new { date = Tomorrow, time = "09:30", place = "三楼会议室", itemIds, observers = "" };
}
