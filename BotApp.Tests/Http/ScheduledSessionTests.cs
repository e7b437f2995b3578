using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Calendar;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Storage;
using PartyGroupBot.Tests.Calendar;
using PartyGroupBot.Tests.Infrastructure;
using PartyGroupBot.Tests.Reminders;

namespace PartyGroupBot.Tests.Http;

/// <summary>
/// 安排会议 for the other kinds (MK2, MK3): on 2 November the secretary schedules the democratic life meeting for 20 November
/// and a seminar for the afternoon. Each gets its own notice and calendar events (AG2); the democratic life meeting's plan
/// is chased 10 days before (DL2, profile A); 开始学习 offers the seminar on its day and 开始民主生活会 the meeting on its
/// day, each started as its kind with its topics, and neither is offered or started by another kind's command.
/// </summary>
[Trait("Category", "Http")]
public sealed class ScheduledSessionTests(SharedAzurite azurite) : IAsyncLifetime, IClassFixture<SharedAzurite>
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 10, 0, 0, China);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly FakeConnector _connector = new();
    private readonly FakeGraphCalendar _graph = new();
    private readonly TeamsWorld _world = GroupSetup.World("dlplan");
    private readonly string _tables = "t" + Guid.NewGuid().ToString("N")[..10];
    private BotServer _bot = null!;

    private TeamsPerson Secretary => _world[0];
    private TeamsPerson Deputy => _world[1];

    /// <summary>The meetings' clock is 2 November; the reminders' clock already 7 November, 09:30, when DL2's warning is due.</summary>
    public async Task InitializeAsync()
    {
        await _connector.StartAsync();
        _connector.Roster = _world.People;
        _bot = await StartAsync(Monday, SentReminders.Fast(new DateTimeOffset(2026, 11, 7, 9, 30, 0, China)));
    }

    private Task<BotServer> StartAsync(DateTimeOffset meetingClock, params string[] extra) =>
        BotServer.StartWithAsync(azurite, _tables, [Secretary.AadObjectId], services =>
        {
            services.AddSingleton<TimeProvider>(new ShiftedClock(meetingClock));
            services.AddSingleton(new ScheduledInvitations(
                new MeetingCalendar(_graph.Client, NullLogger<MeetingCalendar>.Instance), new CalendarOptions { TimeoutSeconds = 2 }));
        }, extra);

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        _http.Dispose();
    }

    private static object Plan(string kind, string date, string time, string topics = "", string seminar = "false", string itemIds = "") =>
        new { kind, date, time, place = "三楼会议室", topics, seminar, itemIds, observers = "" };

    [Fact]
    public async Task MK2_MK3_DL2_a_democratic_life_meeting_and_a_seminar_scheduled_ahead_are_notified_chased_and_offered_on_their_day()
    {
        var teams = new TeamsClient(_http, _bot, _connector, _world);
        await GroupSetup.SetUpAsync(teams, _world);

        // The form: the kind, the listed topics (none approved yet, so it says only the other kinds can be scheduled), the written topics, the seminar.
        _connector.Clear();
        await teams.SayAsync(Secretary, "安排会议");
        var form = _connector.Requests.Single(r => r.Card is not null).Card!;
        Assert.Equal(["kind", "topics", "seminar", "date", "time", "place", "observers"], InputIds(form));
        Assert.Equal(["partyGroupMeeting", "democraticLifeMeeting", "studyGroup"],
            form.Descendants().OfType<JObject>().Single(o => (string?)o["id"] == "kind")["choices"]!.Select(c => (string)c["value"]!));
        Assert.Contains("现在只能安排民主生活会或中心组学习", form.AllText());

        // Refused, and nothing scheduled: another member; no topics; the seminar at a democratic life meeting; written topics
        // on a party group meeting; a kind that does not exist.
        Assert.Contains("只有党组书记可以召集会议。 [MK2]", (await teams.ClickAsync(Deputy, "scheduleMeeting", Plan("democraticLifeMeeting", "2026-11-20", "09:00", "对照检查"))).AllText());
        Assert.Contains("请填写民主生活会的主题，每行一个。 [MK2]", (await teams.ClickAsync(Secretary, "scheduleMeeting", Plan("democraticLifeMeeting", "2026-11-20", "09:00"))).AllText());
        Assert.Contains("安排民主生活会时填写有误", (await teams.ClickAsync(Secretary, "scheduleMeeting", Plan("democraticLifeMeeting", "2026-11-20", "09:00", "对照检查", seminar: "true"))).AllText());
        Assert.Contains("安排党组会议时填写有误", (await teams.ClickAsync(Secretary, "scheduleMeeting", Plan("partyGroupMeeting", "2026-11-20", "09:00", "对照检查"))).AllText());
        Assert.Contains("卡片数据无效，未做任何更改。", (await teams.ClickAsync(Secretary, "scheduleMeeting", Plan("banquet", "2026-11-20", "09:00", "对照检查"))).AllText());
        Assert.Empty((await AgendaAsync()).Meetings);
        Assert.Empty(_graph.Requests);

        // The democratic life meeting: its own notice in the channel, and in each invitee's calendar under its own name (AG2).
        _connector.Clear();
        var done = await teams.ClickAsync(Secretary, "scheduleMeeting", Plan("democraticLifeMeeting", "2026-11-20", "09:00", "对照检查\n相互批评"));
        Assert.Contains("会议已安排：2026-11-20 09:00（北京时间），三楼会议室", done.AllText());
        Assert.Contains("已在 6 人的 Outlook 日历中添加本次会议。", done.AllText());
        var notice = _connector.Requests.Single(r => r.Card is not null && r.Path.StartsWith($"/v3/conversations/{_world.ChannelId}/")).Card!.AllText();
        Assert.Contains("民主生活会通知", notice);
        Assert.Contains("1. 对照检查", notice);
        Assert.Contains("2. 相互批评", notice);
        Assert.All(_graph.Requests, r =>
        {
            Assert.Equal("民主生活会", (string?)r.Body!["subject"]);
            Assert.Contains("<li>对照检查</li>", (string)r.Body!["body"]!["content"]!);
        });
        var democraticLife = Assert.Single((await AgendaAsync()).Meetings);
        Assert.Equal(MeetingKind.DemocraticLifeMeeting, democraticLife.Kind);
        Assert.Equal(["对照检查", "相互批评"], democraticLife.Topics!);

        // DL2 (A14(2)): the plan is due on 10 November; the secretary hears on the 7th.
        var dl2 = $"dl2-plan|{democraticLife.MeetingId}|role:secretary>person:{Secretary.AadObjectId}";
        await Eventually.That(() => Reminders().Contains(dl2), "the DL2 plan reminder to the secretary", seen: () => string.Join(", ", Reminders()));
        Assert.StartsWith($"/v3/conversations/a:personal-{Secretary.Mri}/",
            _connector.Requests.Single(r => (string?)r.Card?["body"]?[0]?["id"] == "reminder:" + dl2).Path);

        // This afternoon's seminar is offered by 开始学习 only, and starts only by its own kind's verb.
        _connector.Clear();
        await teams.ClickAsync(Secretary, "scheduleMeeting", Plan("studyGroup", "2026-11-02", "15:00", "学习党的二十届四中全会精神", seminar: "true"));
        Assert.Contains("理论学习中心组专题研讨通知", _connector.Requests.First(r => r.Card is not null && r.Path.StartsWith($"/v3/conversations/{_world.ChannelId}/")).Card!.AllText());
        var seminarId = (await AgendaAsync()).Meetings.Single(m => m.Kind == MeetingKind.StudyGroup).MeetingId;
        Assert.Empty(Offered(await SayAsync(teams, "开始会议"), "startMeeting"));
        Assert.Empty(Offered(await SayAsync(teams, "开始民主生活会"), "startDemocraticLife"));
        var studyStart = await SayAsync(teams, "开始学习");
        Assert.Equal([seminarId], Offered(studyStart, "startStudySession"));
        Assert.Contains("学习党的二十届四中全会精神", studyStart.AllText());
        Assert.Contains("在本团队找不到这次会议。 [MK1]", (await teams.ClickAsync(Secretary, "startMeeting", new { meetingId = seminarId })).AllText());
        Assert.Contains("在本团队找不到这次会议。 [MK2]", (await teams.ClickAsync(Secretary, "startDemocraticLife", new { meetingId = seminarId })).AllText());
        Assert.Contains("只有党组书记可以召集会议。 [MK3]", (await teams.ClickAsync(Deputy, "startStudySession", new { meetingId = seminarId })).AllText());
        Assert.Contains("这次会议不在今天，只能在通知的日期召开。 [AG2]",
            (await teams.ClickAsync(Secretary, "startDemocraticLife", new { meetingId = democraticLife.MeetingId })).AllText());

        var rollCall = await teams.ClickAsync(Secretary, "startStudySession", new { meetingId = seminarId });
        Assert.Contains("理论学习中心组专题研讨 · 签到", rollCall.AllText());
        Assert.Equal(seminarId, (string)rollCall.Action("checkIn")["data"]!["meetingId"]!);
        var seminar = (await _bot.Services.GetRequiredService<MeetingStore>().LoadAsync(Key.Meeting(seminarId)))!;
        Assert.Equal((MeetingKind.StudyGroup, true, "学习党的二十届四中全会精神"), (seminar.Kind, seminar.IsSeminar, seminar.Started.Items.Single().Title));
        await teams.ClickAsync(Secretary, "checkIn", new { meetingId = seminarId }); // MK1: the chair presides once checked in
        Assert.Contains("专题研讨考勤", (await teams.ClickAsync(Secretary, "endMeeting", new { meetingId = seminarId })).AllText());

        // On 20 November 开始民主生活会 offers the meeting, which starts with its topics and ⅔ rule (DL4).
        await _bot.DisposeAsync();
        _bot = await StartAsync(new DateTimeOffset(2026, 11, 20, 8, 50, 0, China), "--Reminders:PlanEveryMs=0");
        teams = new TeamsClient(_http, _bot, _connector, _world);
        Assert.Equal([democraticLife.MeetingId], Offered(await SayAsync(teams, "开始民主生活会"), "startDemocraticLife"));
        var dlRollCall = await teams.ClickAsync(Secretary, "startDemocraticLife", new { meetingId = democraticLife.MeetingId });
        Assert.Contains("民主生活会 · 签到", dlRollCall.AllText());
        Assert.Contains("[DL4]", dlRollCall.AllText());
        var started = (await _bot.Services.GetRequiredService<MeetingStore>().LoadAsync(Key.Meeting(democraticLife.MeetingId)))!;
        Assert.Equal(MeetingKind.DemocraticLifeMeeting, started.Kind);
        Assert.Equal(["对照检查", "相互批评"], started.Started.Items.Select(i => i.Title));
        Assert.Contains("这次安排的会议已经开始过。",
            (await teams.ClickAsync(Secretary, "startDemocraticLife", new { meetingId = democraticLife.MeetingId })).AllText());
    }

    private GroupKey Key => new(_world.TenantId, _world.TeamId);

    private Task<PartyGroupBot.Core.Agenda.AgendaState> AgendaAsync() => _bot.Services.GetRequiredService<AgendaStore>().LoadAsync(Key);

    private async Task<JObject> SayAsync(TeamsClient teams, string text)
    {
        _connector.Clear();
        await teams.SayAsync(Secretary, text);
        return _connector.Requests.Single(r => r.Card is not null).Card!;
    }

    private static List<string> Offered(JObject card, string verb) => card.Actions()
        .Where(a => (string?)a["verb"] == verb && a["data"]?["meetingId"] is not null)
        .Select(a => (string)a["data"]!["meetingId"]!).ToList();

    private static List<string> InputIds(JObject card) =>
        card.Descendants().OfType<JObject>().Where(o => ((string?)o["type"])?.StartsWith("Input.") == true).Select(o => (string)o["id"]!).ToList();

    private List<string> Reminders() => SentReminders.Of(_connector);
}
