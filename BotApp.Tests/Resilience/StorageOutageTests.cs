using PartyGroupBot.Tests.Http;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Resilience;

/// <summary>
/// Table storage goes away mid-meeting and comes back. Runs on its own emulator that keeps its data on disk, so stopping
/// it does not disturb the other tests and a restart brings back what it had acknowledged.
/// </summary>
[Trait("Category", "System")]
public sealed class StorageOutageTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pgb-azurite-").FullName;
    private readonly TeamsWorld _world = GroupSetup.World("outage");
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly FakeConnector _connector = new();
    private Azurite _azurite = null!;
    private BotServer _bot = null!;
    private const string Prefix = "outage";

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.StartOnDiskAsync(_folder);
        await _connector.StartAsync();
        _connector.Roster = _world.People;
        _bot = await BotServer.StartAsync(_azurite, Prefix, [_world[0].AadObjectId]);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        await _azurite.StopAsync();
        _http.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task Storage_stopped_mid_vote_says_try_again_writes_nothing_and_the_meeting_resumes_after_restart()
    {
        var teams = new TeamsClient(_http, _bot, _connector, _world);
        TeamsPerson secretary = _world[0], deputy = _world[1], member2 = _world[2], member3 = _world[3];
        await GroupSetup.SetUpAsync(teams, _world);
        var meetingId = await GroupSetup.StartMeetingAsync(teams, _world, "议题一\n议题二");
        foreach (var p in new[] { secretary, deputy, member2 }) await teams.PressAsync(p, "checkIn", new { meetingId });
        await teams.PressAsync(secretary, "openVote", new { meetingId, itemId = "t1" });
        await teams.PressAsync(deputy, "castVote", new { meetingId, itemId = "t1", choice = "yes" });
        var before = await Stored.SnapshotAsync(_azurite.ConnectionString, Prefix);

        await _azurite.StopGracefullyAsync();

        // Every kind of turn gets the clear "try again" card, in time for Teams (which gives up on an invoke after a few seconds).
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var vote = await teams.PressAsync(member2, "castVote", new { meetingId, itemId = "t1", choice = "no" });
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"the answer took {watch.Elapsed}");
        Assert.Contains("存储服务暂时不可用，本次操作未做任何更改，请稍后重试。", vote.AllText());
        Assert.Contains(Clicks.TryAgain, (await teams.PressAsync(member3, "checkIn", new { meetingId })).AllText());
        Assert.Contains(Clicks.TryAgain, (await teams.PressAsync(secretary, "closeVote", new { meetingId, itemId = "t1" })).AllText());
        _connector.Clear();
        var said = await teams.SayAsync(secretary, "start meeting");
        Assert.True(said.IsSuccessStatusCode, $"a message turn during the outage answered {(int)said.StatusCode}");
        Assert.Contains(Clicks.TryAgain, Assert.Single(_connector.Requests, r => r.Card is not null).Card!.AllText());

        await _azurite.StartOnDiskAgainAsync();

        // Nothing the refused turns tried was half-written.
        Assert.Equal(before, await Stored.SnapshotAsync(_azurite.ConnectionString, Prefix));

        // The meeting carries on where it was: the member's retry counts, late check-in works, the chair votes last and closes.
        var retried = await teams.PressAsync(member2, "castVote", new { meetingId, itemId = "t1", choice = "no" });
        Assert.Contains("已投票（2）", retried.AllText());
        Assert.Contains("实到 4 人", (await teams.PressAsync(member3, "checkIn", new { meetingId })).AllText());
        Assert.Contains("[V11]", (await teams.PressAsync(deputy, "castVote", new { meetingId, itemId = "t1", choice = "no" })).AllText());
        await teams.PressAsync(member3, "castVote", new { meetingId, itemId = "t1", choice = "yes" });
        await teams.PressAsync(secretary, "castVote", new { meetingId, itemId = "t1", choice = "yes" });
        var result = (await teams.PressAsync(secretary, "closeVote", new { meetingId, itemId = "t1" })).FactsWith("结果");
        Assert.Equal(("通过", "3", "1", "0", "4"), (result["结果"], result["赞成"], result["反对"], result["弃权"], result["实到"]));
        var ballots = await Stored.BallotsAsync(_azurite.ConnectionString, Prefix);
        Assert.Equal(4, ballots.Count);
        Assert.Equal(ballots.Count, ballots.Select(x => x.VoterId).Distinct().Count());
    }
}
