using Microsoft.Extensions.DependencyInjection;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Storage;
using PartyGroupBot.Tests.Http;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Reminders;

/// <summary>
/// The bot plans from what it stores: a study session stored as the seminar counts for its two months (PD1, B22(1)), so on
/// 20 February the secretary hears that no party group meeting is held, and not that the seminar is missing.
/// </summary>
[Trait("Category", "Http")]
public sealed class SeminarPlanningTests(SharedAzurite azurite) : IAsyncLifetime, IClassFixture<SharedAzurite>
{
    private static readonly DateTimeOffset CheckDay = new(2026, 2, 20, 9, 30, 0, TimeSpan.FromHours(8));
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly FakeConnector _connector = new();
    private readonly TeamsWorld _world = GroupSetup.World("seminar");
    private readonly string _tables = "t" + Guid.NewGuid().ToString("N")[..10];
    private BotServer _bot = null!;

    /// <summary>Set up with planning off, so nothing is planned before the session is stored; the test then restarts with it on.</summary>
    public async Task InitializeAsync()
    {
        await _connector.StartAsync();
        _connector.Roster = _world.People;
        _bot = await BotServer.StartAsync(azurite, _tables, [_world[0].AadObjectId], "--Reminders:PlanEveryMs=0", $"--Reminders:ClockStart={CheckDay:O}");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        _http.Dispose();
    }

    [Fact]
    public async Task PD1_B22_a_stored_seminar_holds_its_two_months_and_the_monthly_meeting_is_still_chased()
    {
        var teams = new TeamsClient(_http, _bot, _connector, _world);
        await GroupSetup.SetUpAsync(teams, _world, "changji-transport-2020");
        // The meeting clock is the host's real one, so the session of 5 February is stored the way startStudySession stores it.
        var key = new GroupKey(_world.TenantId, _world.TeamId);
        var groups = _bot.Services.GetRequiredService<GroupStore>();
        var stored = (await groups.GetAsync(key))!;
        var started = Meeting.StartStudySession(stored.Group, null, "st-feb", _world[0].AadObjectId,
            [new AgendaItem("1", "专题研讨：交通强国建设", VotingMethod.Oral)], seminar: true, new DateTimeOffset(2026, 2, 5, 14, 30, 0, TimeSpan.FromHours(8))).Value!;
        Assert.True(await groups.TrySetActiveMeetingAsync(key, "st-feb", stored.ETag));
        Assert.True(await _bot.Services.GetRequiredService<MeetingStore>().CreateAsync(key.Meeting("st-feb"), started));

        await _bot.DisposeAsync();
        _bot = await BotServer.StartAsync(azurite, _tables, [_world[0].AadObjectId],
            SentReminders.Fast(CheckDay));

        var secretary = $"role:secretary>person:{_world[0].AadObjectId}";
        await Eventually.That(() => Reminders().Contains($"pd1-meeting|2026-02-20|{secretary}"), "the PD1 meeting reminder to the secretary", seen: () => string.Join(", ", Reminders()));
        await SentReminders.AfterScansAsync(_bot, 5);
        Assert.DoesNotContain($"pd1-seminar|2026-02-20|{secretary}", Reminders());
        Assert.DoesNotContain($"pd1-study|2026-02-20|{secretary}", Reminders());
    }

    private List<string> Reminders() => SentReminders.Of(_connector);
}
