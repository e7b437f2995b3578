using PartyGroupBot.Tests.Http;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Reminders;

/// <summary>The bot plans from what it stores: a meeting ended over HTTP whose minutes nobody signed reminds the secretary (MN3).</summary>
[Trait("Category", "Http")]
public sealed class ReminderPlanningTests(SharedAzurite azurite) : IAsyncLifetime, IClassFixture<SharedAzurite>
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly FakeConnector _connector = new();
    private readonly TeamsWorld _world = GroupSetup.World("plan");
    private BotServer _bot = null!;

    public async Task InitializeAsync()
    {
        await _connector.StartAsync();
        _connector.Roster = _world.People;
        // The meeting runs on today's clock; the reminders' clock is already 3 days and an hour later.
        var later = DateTimeOffset.UtcNow.AddDays(3).AddHours(1);
        _bot = await BotServer.StartAsync(azurite, "t" + Guid.NewGuid().ToString("N")[..10], [_world[0].AadObjectId],
            SentReminders.Fast(later));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        _http.Dispose();
    }

    [Fact]
    public async Task Minutes_left_unsigned_for_three_days_remind_the_secretary_once_MN3()
    {
        var teams = new TeamsClient(_http, _bot, _connector, _world);
        await GroupSetup.SetUpAsync(teams, _world);
        var meetingId = await GroupSetup.StartMeetingAsync(teams, _world, "审议2026年度部门预算");
        await teams.ClickAsync(_world[0], "checkIn", new { meetingId }); // MK1: the chair presides once checked in
        await teams.SayAsync(_world[0], "end meeting");

        var id = $"mn3-unsigned|{meetingId}|role:secretary>person:{_world[0].AadObjectId}";
        await Eventually.That(() => Reminders().Contains(id), $"the reminder {id}", seen: () => string.Join(", ", Reminders()));
        await SentReminders.AfterScansAsync(_bot, 3);

        Assert.Single(Reminders(), r => r == id);
        var card = _connector.Requests.Single(r => (string?)r.Card?["body"]?[0]?["id"] == "reminder:" + id);
        Assert.StartsWith($"/v3/conversations/a:personal-{_world[0].Mri}/activities", card.Path);
        Assert.Contains("会议纪要尚未签发", card.Card!.AllText());
        Assert.Contains("[MN3] 第十三条（二）", card.Card!.AllText());
    }

    private List<string> Reminders() => SentReminders.Of(_connector);
}
