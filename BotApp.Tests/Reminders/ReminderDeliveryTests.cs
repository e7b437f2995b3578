using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Core.Groups;
using PartyGroupBot.Core.Meetings;
using PartyGroupBot.Core.Profiles;
using PartyGroupBot.Core.Reminders;
using PartyGroupBot.Reminders;
using PartyGroupBot.Storage;
using PartyGroupBot.Tests.Http;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Reminders;

/// <summary>
/// Two BotApp instances on one Azurite with the same tables, both scanning every 100 ms of one fake clock: each due
/// reminder reaches Teams exactly once, a send that failed goes out after the connector recovers, and a 429's
/// Retry-After is honoured. The clock moves only when the test moves it, so no back-off or Retry-After is waited out.
/// </summary>
[Trait("Category", "Http")]
public sealed class ReminderDeliveryTests(SharedAzurite azurite) : IAsyncLifetime, IClassFixture<SharedAzurite>
{
    // 09:00 in Beijing on Monday 16 March 2026; both instances' clock starts here.
    private static readonly DateTimeOffset Start = new(2026, 3, 16, 1, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan ScanInterval = TimeSpan.FromMilliseconds(100);
    private static DateTimeOffset China(int day, int hour, int minute = 0) => new(2026, 3, day, hour, minute, 0, TimeSpan.FromHours(8));

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly FakeConnector _connector = new();
    private readonly TeamsWorld _world = GroupSetup.World("remind");
    private readonly string _prefix = "t" + Guid.NewGuid().ToString("N")[..10];
    private readonly FakeTimeProvider _clock = new(Start);
    private BotServer _a = null!;
    private BotServer _b = null!;

    public async Task InitializeAsync()
    {
        await _connector.StartAsync();
        _connector.Roster = _world.People;
        string[] fast = [$"--Reminders:ScanIntervalMs={ScanInterval.TotalMilliseconds}", "--Reminders:RetryBaseMs=100"];
        void OnTheClock(IServiceCollection services) => services.AddSingleton<TimeProvider>(_clock);
        _a = await BotServer.StartAsync(azurite, _prefix, [_world[0].AadObjectId], OnTheClock, fast);
        _b = await BotServer.StartAsync(azurite, _prefix, [_world[0].AadObjectId], OnTheClock, fast);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _connector.DisposeAsync();
        _http.Dispose();
    }

    [Fact]
    public async Task Each_due_reminder_is_sent_exactly_once_by_two_instances_and_a_failed_send_goes_out_after_recovery_IM2_MN3_Q3()
    {
        // The channel and the secretary's 1:1 chat become known the way Teams makes them known: by turns.
        var teams = new TeamsClient(_http, _a, _connector, _world);
        await GroupSetup.SetUpAsync(teams, _world);
        var hello = teams.Personal(_world[0], ActivityTypes.Message);
        hello.Text = "help";
        await teams.PostAsync(hello);

        // From the start the channel fails with 502, and so does one owner's chat, which then answers 429 with Retry-After: 3
        // (longer than any back-off it has reached by then).
        bool ChannelPost(ConnectorRequest r) => r.Method == "POST" && r.Path == $"/v3/conversations/{_world.ChannelId}/activities";
        var ownerChat = $"/v3/conversations/a:personal-{_world[1].Mri}/activities";
        bool ToOwner(ConnectorRequest r) => r.Method == "POST" && r.Path.StartsWith(ownerChat, StringComparison.Ordinal);
        _connector.FailWhile(r => ChannelPost(r) || ToOwner(r), 502);

        var planned = ReminderPlanner.Between(Calendar(), Start.AddDays(-2), Start.AddDays(1));
        var key = new GroupKey(_world.TenantId, _world.TeamId);
        var group = (await _a.Services.GetRequiredService<GroupStore>().GetAsync(key))!.Group;
        var rows = await Scheduled(key, group, planned);
        var due = rows.Where(r => r.DueAt <= Start).Select(r => r.Id).ToList();
        var notYet = rows.Where(r => r.DueAt > Start).Select(r => r.Id).ToList();
        Assert.Equal(10, due.Count);
        Assert.Equal(2, notYet.Count);

        await RunClockUntil(() => _connector.Failed.Count(r => ChannelPost(r)) >= 6, "channel posts to fail and be retried");
        var failedBefore = _connector.Failed.Count(r => ToOwner(r));
        _connector.FailWhile(r => ToOwner(r), 429, TimeSpan.FromSeconds(3));
        await RunClockUntil(() => _connector.Failed.Count(r => ToOwner(r)) > failedBefore, "the owner's chat to answer 429");
        _connector.StopFailing();

        await RunClockUntil(() => due.All(id => SentIds().Contains(id)), "every due reminder to be sent");
        await TwoMoreScansEach();

        var sends = SentIds().GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(due, id => Assert.Equal(1, sends.GetValueOrDefault(id)));
        Assert.All(notYet, id => Assert.False(sends.ContainsKey(id), $"{id} is not due yet"));
        Assert.Equal(due.Order(), sends.Keys.Order());

        // Nothing was dropped: every failed attempt is a row that says why, followed by the one that was sent.
        var stored = await _a.Services.GetRequiredService<ReminderStore>().AllAsync();
        var channelRows = stored.Where(r => r.Reminder.To.Kind == RecipientKind.Channel && r.Reminder.DueAt <= Start).ToList();
        Assert.All(channelRows.GroupBy(r => r.Reminder.Id), attempts =>
        {
            Assert.Contains(attempts, r => r.Status == ReminderStatus.Rescheduled && r.LastError!.Contains("BadGateway"));
            Assert.Single(attempts, r => r.Status == ReminderStatus.Sent);
        });
        // The 429's Retry-After, not the back-off from 100 ms, set the next attempt.
        var refused = stored.First(r => r.Reminder.To.Key == "person:" + _world[1].AadObjectId
            && r.Status == ReminderStatus.Rescheduled && r.LastError!.Contains("TooManyRequests"));
        var retry = stored.Single(r => r.Reminder.Id == refused.Reminder.Id && r.Attempt == refused.Attempt + 1);
        Assert.True(retry.NotBefore - (refused.LeaseUntil!.Value - TimeSpan.FromSeconds(300)) >= TimeSpan.FromSeconds(3),
            $"retry planned at {retry.NotBefore:O}, refused at {refused.LeaseUntil!.Value.AddSeconds(-300):O}");
    }

    /// <summary>Profile A in mid-March: a meeting today at 10:00, a study session at 16:00, February's minutes unsigned, five decisions.</summary>
    private GroupCalendar Calendar() => new(RuleProfiles.ChengzhongHrss2021,
    [
        new CalendarMeeting("pg-mar", MeetingKind.PartyGroupMeeting, China(16, 10), China(10, 9)) { Title = "三月党组会议" },
        new CalendarMeeting("st-mar", MeetingKind.StudyGroup, China(16, 16), China(1, 9)) { Title = "理论学习中心组学习" },
        new CalendarMeeting("pg-feb", MeetingKind.PartyGroupMeeting, China(12, 9), China(5, 9)) { Title = "二月党组会议", EndedAt = China(12, 10) },
    ],
    [
        // Overdue since yesterday, one per owner (IM2); the group has no office director, so nobody else hears of them.
        .. Enumerable.Range(1, 4).Select(i => new TrackedDecision($"d-{i}", $"决定事项{i}", _world[i].AadObjectId, new DateOnly(2026, 3, 15), China(1, 9))),
        // Due in three days.
        new TrackedDecision("d-5", "决定事项5", _world[1].AadObjectId, new DateOnly(2026, 3, 18), China(1, 9)),
        new TrackedDecision("d-6", "决定事项6", _world[3].AadObjectId, new DateOnly(2026, 3, 18), China(1, 9)),
    ]);

    private async Task<IReadOnlyList<Reminder>> Scheduled(GroupKey key, PartyGroup group, IReadOnlyList<Reminder> planned)
    {
        await _a.Services.GetRequiredService<ReminderScheduler>().ScheduleAsync(key, group, planned);
        // Planning again on the other instance stores nothing new: the ids are stable.
        Assert.Equal(0, await _b.Services.GetRequiredService<ReminderScheduler>().ScheduleAsync(key, group, planned));
        // The first attempt of each: the scanners are already at work, and a failed send adds a row per retry.
        return (await _a.Services.GetRequiredService<ReminderStore>().AllAsync()).Where(r => r.Attempt == 0).Select(r => r.Reminder).ToList();
    }

    private static string? Sent(ConnectorRequest request)
    {
        var id = (string?)request.Card?["body"]?.FirstOrDefault()?["id"];
        return id is not null && id.StartsWith("reminder:", StringComparison.Ordinal) ? id["reminder:".Length..] : null;
    }

    private List<string> SentIds() => _connector.Requests.Select(Sent).OfType<string>().ToList();

    private async Task TwoMoreScansEach()
    {
        var a = _a.Services.GetRequiredService<ReminderScanner>();
        var b = _b.Services.GetRequiredService<ReminderScanner>();
        var (sa, sb) = (a.Scans, b.Scans);
        await RunClockUntil(() => a.Scans >= sa + 2 && b.Scans >= sb + 2, "both instances to scan twice more");
    }

    /// <summary>
    /// Moves the instances' clock on by a scan interval at each look until <paramref name="done"/>: fake time runs ahead
    /// as fast as the scans keep up, and each scan and back-off is timed by it (the claims' 300 s leases never run out
    /// in the few seconds this takes).
    /// </summary>
    private Task RunClockUntil(Func<bool> done, string what) => Eventually.That(() =>
    {
        if (done()) return Task.FromResult(true);
        _clock.Advance(ScanInterval);
        return Task.FromResult(false);
    }, what, every: TimeSpan.FromMilliseconds(10));
}
