using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using PartyGroupBot.Tests.Http;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Resilience;

/// <summary>
/// Open ballots are rows of their own until their vote closes; closing the floor and closing the vote race the
/// members' clicks on two instances. The race is made to happen, not hoped for: some members' ballots have read the
/// vote open and wait (<see cref="StorageGate"/>) to be written until the chair's click has gone through. Each click is
/// counted or refused with the rule, the result counts exactly the accepted ballots, and nobody votes after the chair.
/// </summary>
[Trait("Category", "Http")]
public sealed class BallotRaceTests(SharedAzurite azurite) : TwoBotsTestBase(azurite, TeamsWorld.Create("race", 11))
{
    private readonly StorageGate _gate = new();

    protected override void ReplaceServices(IServiceCollection services)
    {
        base.ReplaceServices(services);
        services.AddSingleton(_gate.Client(Azurite.ConnectionString));
    }

    private async Task<(TeamsClient A, TeamsClient B, string MeetingId)> OpenVoteAsync()
    {
        var (a, b) = Clients();
        await Groups.SetUpAsync(a, World, Groups.SecretaryAndMembers(World.People.Count));
        var rollCall = await a.PressAsync(World[0], "startMeeting", await a.UnscheduledAsync(World, "议题一", "recorded"));
        var meetingId = (string)rollCall.Action("checkIn")["data"]!["meetingId"]!;
        foreach (var wave in World.People.Chunk(4))
            await Task.WhenAll(wave.Select(p => b.PressAsync(p, "checkIn", new { meetingId })));
        Assert.False((await b.PressAsync(World[0], "openVote", new { meetingId, itemId = "t1" })).IsRefusal());
        return (a, b, meetingId);
    }

    private static string Choice(int i) => new[] { "yes", "no", "abstain" }[i % 3];

    private sealed record Vote(TeamsPerson Person, string Choice, bool Held, Task<JObject> Answer);

    /// <summary>
    /// All but the last member click at once on both instances; the last four ballots are held after their read, so they
    /// are still in flight when <paramref name="chair"/> goes through, and are written only after it.
    /// </summary>
    private async Task<List<Vote>> RaceAsync(TeamsClient a, TeamsClient b, string meetingId, Func<Task> chair)
    {
        var members = World.People.Skip(1).SkipLast(1).ToList();
        var held = members.Skip(5).Select(p => p.AadObjectId).ToList();
        _gate.Hold(transaction => transaction.Contains(TablePrefix + "OpenBallots") && held.Any(transaction.Contains));
        var votes = members.Select((p, i) => new Vote(p, Choice(i), held.Contains(p.AadObjectId),
            (i % 2 == 0 ? a : b).PressAsync(p, "castVote", new { meetingId, itemId = "t1", choice = Choice(i) }))).ToList();
        await Task.WhenAll(votes.Where(v => !v.Held).Select(v => v.Answer));
        await Eventually.That(() => _gate.Held == held.Count, $"the {held.Count} held ballots to have read the vote open and be waiting to write");
        await chair();
        _gate.Release();
        await Task.WhenAll(votes.Select(v => v.Answer));
        // The race happened: ballots read before the chair's click were written after it, and lost to it.
        Assert.Equal(held.Count, _gate.Held);
        Assert.All(votes.Where(v => !v.Held), v => Assert.False(v.Answer.Result.IsRefusal(), v.Answer.Result.AllText()));
        return votes;
    }

    [Fact]
    public async Task Ballots_racing_the_close_are_counted_or_refused_never_lost_V10()
    {
        var (a, b, meetingId) = await OpenVoteAsync();
        var members = World.People.Skip(1).ToList();

        JObject close = null!;
        var votes = await RaceAsync(a, b, meetingId, async () => close = await a.PressAsync(World[0], "closeVote", new { meetingId, itemId = "t1" }));

        var accepted = votes.Where(v => !v.Answer.Result.IsRefusal()).ToList();
        Assert.All(votes.Where(v => v.Held), v => Assert.Contains("[V10]", v.Answer.Result.AllText()));
        var result = close.FactsWith("结果");
        Assert.Equal(
            (accepted.Count(v => v.Choice == "yes").ToString(), accepted.Count(v => v.Choice == "no").ToString(), accepted.Count(v => v.Choice == "abstain").ToString()),
            (result["赞成"], result["反对"], result["弃权"]));
        var stored = await Stored.BallotsAsync(Azurite.ConnectionString, TablePrefix);
        Assert.Equal(accepted.Select(v => v.Person.AadObjectId).Order(), stored.Select(s => s.VoterId).Order());
        // A click after the close is refused and changes nothing.
        Assert.Contains("[V10]", (await b.PressAsync(members[0], "castVote", new { meetingId, itemId = "t1", choice = "yes" })).AllText());
        Assert.Equal(stored.Count, (await Stored.BallotsAsync(Azurite.ConnectionString, TablePrefix)).Count);
    }

    [Fact]
    public async Task Ballots_racing_the_closed_floor_never_come_after_the_chair_V5()
    {
        var (a, b, meetingId) = await OpenVoteAsync();
        var members = World.People.Skip(1).ToList();
        var late = members[^1]; // clicks only after the chair

        JObject floor = null!;
        var votes = await RaceAsync(a, b, meetingId, async () => floor = await b.PressAsync(World[0], "closeFloor", new { meetingId, itemId = "t1" }));
        Assert.False(floor.IsRefusal(), floor.AllText());
        Assert.All(votes.Where(v => v.Held), v => Assert.Contains("[V5]", v.Answer.Result.AllText()));

        Assert.False((await a.PressAsync(World[0], "castVote", new { meetingId, itemId = "t1", choice = "yes" })).IsRefusal());
        Assert.Contains("[V5]", (await b.PressAsync(late, "castVote", new { meetingId, itemId = "t1", choice = "yes" })).AllText());
        var result = (await b.PressAsync(World[0], "closeVote", new { meetingId, itemId = "t1" })).FactsWith("结果");

        // In the log, in the order cast: the accepted members' ballots, then the chair's, last.
        var ballots = (await Stored.EventsAsync(Azurite.ConnectionString, TablePrefix))
            .Where(e => e.Type == "BallotCast").OrderBy(e => e.RowKey).Select(e => e.Data).ToList();
        var acceptedCount = votes.Count(v => !v.Answer.Result.IsRefusal());
        Assert.Equal(acceptedCount + 1, ballots.Count);
        Assert.Contains(World[0].AadObjectId, ballots[^1]);
        var counted = int.Parse(result["赞成"]) + int.Parse(result["反对"]) + int.Parse(result["弃权"]);
        Assert.Equal(acceptedCount + 1, counted);
    }
}
