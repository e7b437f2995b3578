using PartyGroupBot.Tests.Http;
using PartyGroupBot.Tests.Infrastructure;

namespace PartyGroupBot.Tests.Resilience;

/// <summary>
/// Open ballots are rows of their own until their vote closes; closing the floor and closing the vote race the
/// members' clicks on two instances. Whatever the timing, each click is either counted or refused with the rule,
/// the result counts exactly the accepted ballots, and nobody votes after the chair.
/// </summary>
[Trait("Category", "Http")]
public sealed class BallotRaceTests(SharedAzurite azurite) : TwoBotsTestBase(azurite, TeamsWorld.Create("race", 11))
{
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

    [Fact]
    public async Task Ballots_racing_the_close_are_counted_or_refused_never_lost_V10()
    {
        var (a, b, meetingId) = await OpenVoteAsync();
        var members = World.People.Skip(1).ToList();
        var late = members[^1]; // clicks only after the chair

        var votes = members.SkipLast(1).Select((p, i) => (Person: p, Choice: Choice(i),
            Answer: (i % 2 == 0 ? a : b).PressAsync(p, "castVote", new { meetingId, itemId = "t1", choice = Choice(i) }))).ToList();
        await Task.Delay(15); // some ballots land before the close, some after
        var close = a.PressAsync(World[0], "closeVote", new { meetingId, itemId = "t1" });
        await Task.WhenAll(votes.Select(v => v.Answer).Append(close));

        var accepted = votes.Where(v => !v.Answer.Result.IsRefusal()).ToList();
        foreach (var refused in votes.Where(v => v.Answer.Result.IsRefusal()))
            Assert.Contains("[V10]", refused.Answer.Result.AllText());
        var result = close.Result.FactsWith("结果");
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

        var votes = members.SkipLast(1).Select((p, i) => (Person: p,
            Answer: (i % 2 == 0 ? a : b).PressAsync(p, "castVote", new { meetingId, itemId = "t1", choice = Choice(i) }))).ToList();
        await Task.Delay(15);
        var floor = b.PressAsync(World[0], "closeFloor", new { meetingId, itemId = "t1" });
        await Task.WhenAll(votes.Select(v => v.Answer).Append(floor));
        Assert.False(floor.Result.IsRefusal(), floor.Result.AllText());
        foreach (var refused in votes.Where(v => v.Answer.Result.IsRefusal()))
            Assert.Contains("[V5]", refused.Answer.Result.AllText());

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
